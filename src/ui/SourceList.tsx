import type { Source } from '../pack/types.ts';
import { formatDate } from './dates.ts';
import { isHttpUrl } from './links.ts';

/** One source: publisher (linked only when the URL is http(s)) and date. */
function SourceLink({ source }: { source: Source }) {
  const date = source.date ? <span class="sl-source__date"> · {formatDate(source.date)}</span> : null;
  if (!isHttpUrl(source.url)) {
    return <span class="sl-source">{source.publisher}{date}</span>;
  }
  return (
    <span class="sl-source">
      <a href={source.url} target="_blank" rel="noopener noreferrer" class="sl-link">
        {source.publisher}
      </a>
      {date}
    </span>
  );
}

/** The sources of a fact, claim or quote, as a compact labelled list. */
export function SourceList({ sources, withExcerpts = false }: { sources: Source[]; withExcerpts?: boolean }) {
  if (sources.length === 0) return null;
  return (
    <div class="sl-sources">
      <span class="sl-sources__label">{sources.length === 1 ? 'Source' : 'Sources'}</span>
      <ul class="sl-sources__list">
        {sources.map((source, i) => (
          <li key={`${i}:${source.url}`}>
            <SourceLink source={source} />
            {withExcerpts && source.excerpt ? <q class="sl-source__excerpt">{source.excerpt}</q> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
