/**
 * The words attribution looks for, by language: speech verbs and "according to" cues,
 * pronouns, role nouns, words for statements and messages. Written in natural spelling and
 * folded once here (see tokens.ts `fold`), so text and lists compare the same way.
 *
 * Languages: English, Albanian, French, German, Italian, Spanish, Portuguese, Turkish,
 * Azerbaijani, Russian, Greek, Serbian (Cyrillic and Latin), Arabic, Persian and Chinese — the
 * languages the product detects articles in, plus the ones the incident's coverage is commonly
 * written in.
 */
import { fold } from './tokens.ts';

export type CueKind = 'verb' | 'according';

export interface Cue {
  /** Folded words, matched on consecutive tokens. */
  words: readonly string[];
  kind: CueKind;
  /** "told Euronews Albania": the words after the verb are the listener, never the speaker. */
  listener: boolean;
  /** "…, stating it supports…": the subject is the clause's, usually before a comma. */
  participle: boolean;
  /** German "„…“, so Rama": "so" is a cue only right after a closing mark. */
  trailingOnly: boolean;
  /** Turkish "Rama'ya göre", German "Rama zufolge": the source comes before the cue. */
  sourceBefore: boolean;
  /** The verb form carries the speaker's gender (Russian заявила, Arabic قالت). */
  gender: 'male' | 'female' | null;
}

type CueOptions = Partial<Omit<Cue, 'words' | 'kind'>>;

const CUES_BY_FIRST_WORD = new Map<string, Cue[]>();
const UNSPACED_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

function add(kind: CueKind, phrases: string, options: CueOptions = {}): void {
  for (const phrase of phrases.split('|')) {
    // Unspaced scripts are tokenised one character at a time, so their cues are too.
    const words = phrase.trim().split(/\s+/u).flatMap((w) => (UNSPACED_WORD.test(w) ? [...w] : [w])).map(fold);
    const first = words[0];
    if (first === undefined || first === '') continue;
    const cue: Cue = {
      words, kind,
      listener: options.listener ?? false,
      participle: options.participle ?? false,
      trailingOnly: options.trailingOnly ?? false,
      sourceBefore: options.sourceBefore ?? false,
      gender: options.gender ?? null,
    };
    const list = CUES_BY_FIRST_WORD.get(first) ?? [];
    // Longest cue first, so "ka thënë" wins over a shorter cue starting with the same word.
    list.push(cue);
    list.sort((a, b) => b.words.length - a.words.length);
    CUES_BY_FIRST_WORD.set(first, list);
  }
}

// English.
add('verb', 'said|says|say|wrote|writes|tweeted|tweets|posted|added|adds|warned|warns|stated|states|' +
  'declared|declares|announced|announces|explained|explains|noted|insisted|insists|argued|argues|claimed|' +
  'replied|responded|stressed|stresses|emphasised|emphasized|commented|concluded|reads|read|urged|urges|' +
  'admitted|acknowledged|confirmed|confirms|denied|denies|alleged|suggested|remarked|recalled|reiterated|' +
  'vowed|asked|answered|continued|observed|called|calls|described|describes|' +
  // Verbs that report what someone said about something: "rejected the claims as “baseless”".
  'rejected|rejects|condemned|condemns|accused|accuses|dismissed|denounced|expressed|termed|branded|labelled|' +
  'labeled|pledged|promised|blamed|revealed|disclosed|indicated|pointed');
add('verb', 'told|tells', { listener: true });
add('verb', 'telling', { listener: true, participle: true });
add('verb', 'saying|stating|adding|warning|noting|writing|explaining|arguing|claiming|insisting|declaring|' +
  'announcing|tweeting|posting|calling|describing|urging|stressing|reading|rejecting|condemning|accusing|' +
  'dismissing|vowing|promising|pledging|blaming|expressing', { participle: true });
add('according', 'according to');
// "«…», si legge nel comunicato": the document after the verb speaks for whoever issued it
// (its author is named before, see speakers.ts `resolveDocument`). The preposition is part of the
// cue so that the words after it are read as the subject.
add('verb', 'si legge nel|si legge nella|si legge in|peut-on lire dans|peut on lire dans|lit-on dans|' +
  'se lee en|se puede leer en|heißt es in|hieß es in|lê-se em|thuhet në');
// Albanian.
add('verb', 'tha|thotë|deklaroi|deklaron|shkroi|shkruan|theksoi|shtoi|nënvizoi|paralajmëroi|pohoi|njoftoi|' +
  'akuzoi|dënoi|dënon|reagoi|u shpreh|ka thënë|ka deklaruar|ka shkruar|ka theksuar|ka shtuar|ka njoftuar|' +
  'ka nënvizuar|kanë deklaruar|kanë thënë|bëri të ditur|ka bërë të ditur|thuhet|citohet');
add('according', 'sipas');
// French (the auxiliary "a" is skipped like "has": "Rama a déclaré", "a-t-il déclaré").
add('verb', 'déclaré|déclare|dit|exprimé|affirmé|affirme|écrit|ajouté|ajoute|souligné|souligne|expliqué|explique|' +
  'estimé|estime|indiqué|indique|averti|précisé|précise|tweeté|assuré|assure|annoncé|martelé|insisté|' +
  'accusé|accuse|dénoncé|dénonce|condamné|condamne|rejeté|qualifié|confirmé|répondu|promis|poursuivi|déploré');
add('according', 'selon|d\'après');
// German.
add('verb', 'sagte|sagt|sagten|erklärte|erklärt|erklärten|schrieb|schreibt|betonte|betont|warnte|meinte|' +
  'twitterte|fügte|bezichtigt|bezichtigte|beschuldigt|beschuldigte|verurteilte|verurteilt|bezeichnete|versprach|' +
  'kritisierte|hieß es|heißt es');
add('verb', 'so', { trailingOnly: true });
add('according', 'laut');
add('according', 'zufolge', { sourceBefore: true });
// Italian.
add('verb', 'detto|dichiarato|scritto|affermato|aggiunto|sottolineato|spiegato|twittato|avvertito|ribadito|' +
  'dice|afferma|dichiara|scrive|affermano|dichiarano|confermano|conferma|accusato|condannato|condannano|' +
  'definito|annunciato|precisato|riferito|commentato|sostiene|sostengono|espresso|respinto');
add('according', 'secondo');
// Spanish.
add('verb', 'dijo|declaró|afirmó|escribió|aseguró|añadió|explicó|señaló|indicó|advirtió|tuiteó|dice|afirma|' +
  'asegura|dicho|declarado|subrayó|agregó|acusó|condenó|rechazó|calificó|denunció|destacó|insistió|manifestó|' +
  'sostuvo|apuntó|recalcó|expresó|confirmó|anunció|prometió|' +
  // Perfect tenses, with "ha" skipped like an auxiliary: "ha confirmado", "ha hecho hincapié".
  'confirmado|asegurado|afirmado|señalado|indicado|explicado|añadido|agregado|advertido|subrayado|puntualizado|' +
  'anunciado|acusado|denunciado|insistido|hecho hincapié|dijeron|afirmaron|señalaron');
add('according', 'según');
// Portuguese.
add('verb', 'disse|afirmou|declarou|escreveu|acrescentou|explicou|ressaltou|diz|acusou|condenou|rejeitou|' +
  'afirmaram|disseram|sublinhou|destacou|garantiu|anunciou|informou|frisou');
add('according', 'segundo');
// Turkish.
add('verb', 'dedi|açıkladı|söyledi|belirtti|yazdı|vurguladı|ifade etti|kaydetti|bildirdi|açıklama yaptı|' +
  'denildi|dendi|kınadı|suçladı|' +
  // "X, “…” ifadelerini kullandı": used the words.
  'ifadelerini kullandı|ifadesini kullandı|ifadeleri kullandı|sözlerini kullandı');
// Azerbaijani (reported past "-ib" is the usual news form).
add('verb', 'bildirib|qeyd edib|bəyan edib|deyib|vurğulayıb|açıqlayıb|söyləyib|bildirdi|qeyd etdi|bəyan etdi|' +
  'vurğuladı|açıqladı|söylədi');
add('according', 'göre', { sourceBefore: true });
// Russian: the past tense says the speaker's gender.
add('verb', 'заявил|сказал|написал|отметил|добавил|сообщил|подчеркнул|пояснил|указал|обвинил|заверил',
  { gender: 'male' });
add('verb', 'заявила|сказала|написала|отметила|добавила|сообщила|подчеркнула|пояснила|указала|обвинила|заверила|назвала',
  { gender: 'female' });
add('verb', 'говорит|говорится|заявили|сообщили|отметили|заявляет|сообщает|подчеркнули|обвинили|назвали');
// "назвал санкции «…»": called the sanctions "…" (the masculine form carries no ending).
add('verb', 'назвал', { gender: 'male' });
add('according', 'по словам');
// Greek: the verb usually follows the quote and the subject follows the verb
// ("«…», δήλωσε ο πρωθυπουργός …"), as in the other inverted forms.
add('verb', 'δήλωσε|είπε|ανέφερε|πρόσθεσε|έγραψε|τόνισε|σημείωσε|υπογράμμισε|ανακοίνωσε|υποστήριξε|' +
  'δήλωσαν|είπαν|ανέφεραν|πρόσθεσαν|έγραψαν|τόνισαν|ανακοίνωσαν|αναφέρεται');
add('according', 'σύμφωνα με');
// Serbian, in both scripts. The past participle carries gender ("рекао је" he said, "рекла је"
// she said); the neuter "саопштило је" is what a ministry (министарство) says.
add('verb', 'рекао је|изјавио је|написао је|навео је|додао је|саопштио је|истакао је|нагласио је|упозорио је|' +
  'rekao je|izjavio je|napisao je|naveo je|dodao je|saopštio je|istakao je|naglasio je|upozorio je', { gender: 'male' });
add('verb', 'рекла је|изјавила је|написала је|навела је|додала је|саопштила је|истакла је|нагласила је|' +
  'rekla je|izjavila je|napisala je|navela je|dodala je|saopštila je|istakla je|naglasila je', { gender: 'female' });
add('verb', 'саопштило је|навело је|рекли су|изјавили су|саопштили су|навели су|додали су|' +
  'saopštilo je|navelo je|rekli su|izjavili su|saopštili su|naveli su|dodali su|наводи се|navodi se');
// Bare "према" is also "towards": only the phrases that mean "according to".
add('according', 'према речима|prema rečima|према наводима|prema navodima');
// Arabic (the conjunction و is written joined to the verb): the feminine forms end in ت.
add('verb', 'قال|وقال|أعلن|وأعلن|صرح|وصرح|أضاف|وأضاف|كتب|وكتب|أكد|وأكد|أوضح|وأوضح|أشار|وأشار|اتهم|واتهم|' +
  'ذكر|وذكر|شدد|وشدد', { gender: 'male' });
add('verb', 'قالت|وقالت|أعلنت|وأعلنت|صرحت|وصرحت|أضافت|وأضافت|كتبت|وكتبت|أكدت|وأكدت|أوضحت|وأوضحت|أشارت|وأشارت|' +
  'اتهمت|واتهمت|ذكرت|وذكرت|شددت|وشددت', { gender: 'female' });
// "…, saying / adding / stressing that": the subject is the clause's.
add('verb', 'قائلا|قائلاً|مضيفا|مضيفاً|مؤكدا|مؤكداً|مشيرا|مشيراً|لافتا|لافتاً', { participle: true });
// Persian.
add('verb', 'گفت|افزود|اعلام کرد|تاکید کرد|نوشت|اظهار داشت|اظهار کرد|تصریح کرد|خاطرنشان کرد|گفته است');
// "به گفته X": according to X.
add('according', 'به گفته');
// Chinese (one character a token, see tokens.ts): said, stated, pointed out, announced, stressed.
add('verb', '说|說|表示|称|稱|指出|宣布|强调|強調|声称|聲稱|写道|寫道');
add('according', 'وفقا|وفقاً|بحسب|حسب|ووفقا|ووفقاً|وبحسب|وحسب');

/** Cues whose first folded word is `key`, longest first. */
export function cuesStartingWith(key: string): readonly Cue[] {
  return CUES_BY_FIRST_WORD.get(key) ?? [];
}

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/[|\s]+/u).filter((w) => w !== '').map(fold));
}

export type Want = 'male' | 'female' | 'plural' | 'neuter' | 'person' | 'any';

const PRONOUNS = new Map<string, Want>();
for (const [want, words] of [
  ['male', 'he il er lui ai ele él он هو 他 αυτός'],
  ['female', 'she elle sie ajo ela ella lei она ona هي 她 αυτή'],
  // Chinese plurals are two characters (two tokens): unspaced names are matched whole (phrases.ts).
  ['plural', 'they ils elles ata ato loro essi esse ellos ellas eles elas они oni αυτοί هم 他们 他們 她们 她們 它们 它們'],
  ['neuter', 'it 它'],
  // Turkish "o", Persian "او" / "وی": one word for he and she.
  ['person', 'o او وی'],
] as const) {
  for (const word of set(words)) PRONOUNS.set(word, want);
}

/** A subject pronoun, when the word is one. */
export function pronoun(key: string): Want | null {
  return PRONOUNS.get(key) ?? null;
}

const POSSESSIVES = new Map<string, Want>([
  ['their', 'plural'], ['its', 'neuter'], ['his', 'male'], ['her', 'female'], ['leur', 'plural'],
]);

/** "their report": the owner of a document is the pronoun's antecedent. */
export function possessive(key: string): Want | null {
  return POSSESSIVES.get(key) ?? null;
}

/**
 * Prepositions that open a sentence to say whose view the quotation is, with no verb:
 * "Pour le ministre, « c’est une attaque »". Only right before the opening mark (attribution.ts).
 */
export const VIEWPOINT_INTRODUCTIONS = set('pour');

/** Auxiliaries and adverbs between a subject and its verb: "Rama has also said", "Rama a déclaré". */
export const AUXILIARIES = set('has have had also later then further again previously earlier once reportedly ' +
  'did didn’t does doesn’t would will could can cannot never not ' +
  // Turkish "…”, diye açıkladı": the quotative particle stands between the quote and its verb.
  'diye ' +
  'ka kanë kishte gjithashtu a ont avait aussi hat hatte haben auch ha hanno aveva anche han habia también tem tinha também ' +
  // Persian "also": "او نیز گفت".
  'نیز همچنین');

/** Words a subject phrase never reaches across, walking left from the verb. */
export const LEFT_STOPS = set('that which who whom whose and but or nor while whereas when where after before because ' +
  'since although though if unless as by from with to than so said says told is are was were be been being ' +
  'que qui et mais dass und aber che ma y pero ' +
  'dhe por nga qe ndërsa pasi');

/** "and" before a second verb with the same subject: "rejected … and called", "y afirmó", "und versprach". */
export const COORDINATORS = set('and but und aber et mais y pero e ma dhe por ve и');

/** Relative pronouns that open a clause about the name before the comma: "Rama, who added…". */
export const RELATIVES = set('who which que qui che quien cual');

/** Words that end a subject phrase after an inverted verb ("said Rama on Sunday"). */
export const RIGHT_STOPS = set('that which who when while as and but because since on in at during after before via ' +
  'through to with dans sur pendant im am auf nel sul durante en em në gjatë pas ' +
  // Arabic prepositions and "that" (إن / أن): "وأشار راما إلى …", "قال راما إن …".
  'إلى في على عن من مع خلال عبر إن أن ' +
  // Greek and Serbian prepositions: "δήλωσε ο Ράμα σε μήνυμα", "написао је Рама на Твитеру".
  'σε στο στη στην στον από με για κατά на у за од са током преко na u za od sa tokom preko');

/** Prepositions: a name after one is a place or a time, not the subject ("Rama in Tirana said"). */
export const PREPOSITIONS = set('on in at for of via during through about over under near into onto from by ' +
  'de du des en dans sur à im am auf von vom zu nel nella sul su di per para em no na në ne në për nga mbi ' +
  'del della dello dei degli delle al alla dal dalla do dos das ' +
  // Persian: in, with, to, from, for ("در یک پیام ویدیویی گفت": said in a video message).
  'در با به از برای');

export const DETERMINERS = set('the a an this that these those le la les l un une der die das den dem ein eine ' +
  'il lo gli una el los las o os as um uma ' +
  // Greek articles: "ο πρωθυπουργός", "το υπουργείο".
  'ο η το τον την τη του της οι τα των τους τις');

/** Words that join the parts of a role: "Lawyer and politician", "Director of the …". */
export const CONNECTORS = set('and of for the dhe i e et de du des und y di del della da do');

/**
 * Name particles that stay lower case inside a name: "Ursula von der Leyen"; "të", "së" link
 * Albanian genitives inside names ("Këshilli i Atlantikut të Veriut").
 */
export const NAME_PARTICLES = set('de da di del della der den van von le la du dos das bin ibn al el ter ten të së');

/** Capitalised at a sentence start but never part of a name. */
export const NOT_NAME_START = set('the a an but and or meanwhile however in on at this that these those it he she ' +
  'they we i his her their our its then also so yet after before when while later earlier still now today yesterday ' +
  'according as if for with from by to of le la les un une der die das ein eine el los las il lo gli una selon laut ' +
  'según secondo segundo sipas mais aber pero ma dhe por ndërsa mr mrs ms dr ' +
  // French titles: "M. Kanaani", "Mme Xhaçka", "Me Dupont" (maître, a lawyer).
  'm mme mlle me ' +
  // Quantifiers opening a partitive: "One of its messages read" is about the messages.
  'one another some each many several most none');

export const HONORIFIC_GENDER = new Map<string, 'male' | 'female'>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['herr', 'male'], ['frau', 'female'],
  ['monsieur', 'male'], ['madame', 'female'], ['mme', 'female'], ['m', 'male'], ['mlle', 'female'], ['zoti', 'male'], ['zonja', 'female'],
  ['senor', 'male'], ['senora', 'female'], ['signor', 'male'], ['signora', 'female'], [fold('آقای'), 'male'], [fold('خانم'), 'female'],
]);

/** Time words that can stand between a verb and its subject: "tha sot Rama", "said today". */
/**
 * Persian puts the time between the subject and the verb: "آقای کنعانی روز بعد افزود" (Mr Kanaani
 * the next day added). Words of such phrases are never the end of a speaker's name.
 */
export const TIME_BEFORE_VERB = set('امروز دیروز فردا روز بعد گذشته سپس اکنون هفته ماه پیش');

export const TIME_ADVERBS = set('today yesterday sot dje më oggi ieri hoy ayer heute gestern hier aujourd’hui hoje ontem');

/** Days and months: capitalised in several languages, never a speaker. */
export const CALENDAR = set('monday tuesday wednesday thursday friday saturday sunday january february march april ' +
  'june july august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonntag');

const ROLE_WORDS = set('minister president premier chancellor secretary spokesman spokeswoman spokesperson director ' +
  'chief head leader expert analyst lawyer attorney politician official officer ambassador envoy diplomat adviser ' +
  'advisor deputy senator lawmaker mp pm mayor governor judge prosecutor researcher professor journalist reporter ' +
  'editor commentator activist commander general admiral colonel ceo founder chairman chairwoman chair manager ' +
  'specialist consultant economist scientist historian investigator engineer member representative ' +
  'commissioner coordinator strategist executive captain inspector ' +
  'kryeministri kryeministër ministri presidenti drejtori drejtor zëdhënësi zëdhënës eksperti ekspert avokati avokat ' +
  'analisti analist deputeti deputet kryetari kryetar ambasadori ambasador politikani politikan juristi jurist gazetari ' +
  'gazetar sekretari profesori zyrtari zyrtar ' +
  'responsable funcionario funcionaria funzionario funcionário beamter beamte ' +
  'ministre président directeur directrice porte-parole avocat analyste député ambassadeur chef conseiller ' +
  'ministerpräsident präsident sprecher sprecherin experte anwalt direktor botschafter kanzler kanzlerin regierungschef ' +
  'leiter abgeordnete ' +
  'ministro presidente portavoce esperto avvocato direttore ambasciatore deputato analista capo ' +
  'portavoz experto abogado embajador diputado jefe porta-voz especialista advogado diretor embaixador ' +
  'bakan bakanı cumhurbaşkanı sözcüsü başkanı uzman ' +
  'министр президент премьер представитель эксперт глава директор посол ' +
  'رئيس الرئيس وزير الوزير الوزراء المتحدث خبير الخبير مدير سفير ' +
  // Persian ("نخست‌وزیر" is two words to the tokeniser: the joiner is not a letter).
  'وزیر سخنگوی سخنگو رئیس سفیر کارشناس ' +
  'πρωθυπουργός υπουργός πρόεδρος εκπρόσωπος διευθυντής πρέσβης ' +
  'премијер министар председник портпарол амбасадор premijer ministar predsednik portparol direktor ambasador');

/**
 * Albanian puts the definite article at the end of the noun: "tha kryeministri" is "said the
 * prime minister", a title for someone already named, not an unnamed "a prime minister".
 */
export const SUFFIXED_DEFINITE_ROLES = set('kryeministri kryeministrja ministri ministrja presidenti presidentja ' +
  'drejtori drejtoresha zëdhënësi zëdhënësja eksperti ambasadori kryetari kryetarja sekretari zyrtari deputeti deputetja');

// Titles whose words differ from the English ones a pack's roles use: the English words to look for.
const ROLE_IN_ENGLISH: readonly [RegExp, string][] = [
  [/^kryeminist/u, 'prime minist'],
  [/^zëdhënës/u, 'spokes'],
  [/^(?:ministerpräsident|regierungschef)/u, 'prime minist'],
  [/^sprecher/u, 'spokes'],
  [/^porte-parole/u, 'spokes'],
];

/** What a role noun looks like inside a role description: its stem, and the English title it translates. */
export function roleStems(noun: string): string[] {
  const stems = [stem(noun)];
  for (const [pattern, english] of ROLE_IN_ENGLISH) if (pattern.test(noun)) stems.push(english);
  return stems;
}

/** A noun that names a position: "Prime Minister", "security expert", "Lawyer and politician". */
export function isRoleWord(key: string): boolean {
  if (ROLE_WORDS.has(key)) return true;
  // "Secretary-General", "porte-parole": a compound with a role in it.
  if (key.includes('-') && key.split('-').some((part) => ROLE_WORDS.has(part))) return true;
  // Plurals and case endings of the longer nouns: "ministers", "ministrit", "experts".
  for (let cut = 1; cut <= 3 && key.length - cut >= 5; cut++) {
    if (ROLE_WORDS.has(key.slice(0, key.length - cut))) return true;
  }
  return false;
}

/** Things that speak for their author: "a statement on Twitter reads", "a message stating". */
export const DOCUMENT_WORDS = set('statement statements message messages post posts tweet tweets report communique communiqué release letter ' +
  'advisory note notes notice email video blog announcement declaration banner text ' +
  'deklarata deklaratë deklaratën mesazhi mesazh mesazhin postimi postim njoftimi njoftim raporti raport ' +
  'déclaration rapport publication texte erklärung mitteilung nachricht bericht beitrag comunicato messaggio ' +
  'dichiarazione nota rapporto comunicado mensaje declaración informe mensagem relatório заявление сообщение بيان رسالة');

/** Documents that appear on a screen rather than being issued: what attackers leave behind. */
export const MESSAGE_WORDS = set('message messages banner notice note notes text mesazhi mesazh mesazhin message nachricht messaggio ' +
  'mensaje mensagem сообщение رسالة');

/** Nouns for organisations, for "the company said" and for telling organisations from people. */
export const ORGANISATION_WORDS = set('company ministry government council agency organisation organization group ' +
  // "The Interior", "the Treasury": departments named by their field.
  'interior treasury ' +
  'firm department embassy office platform party authority police army committee commission alliance institute ' +
  'foundation union network service services bank university center centre corporation inc ltd corp ' +
  'qeveria ministria kompania ministère gouvernement regierung ministerium governo ministero gobierno ministerio ' +
  'υπουργείο κυβέρνηση министарство влада ministarstvo vlada');

// Turkish organisation nouns take case and possessive suffixes ("Kuzey Atlantik Konseyi",
// "Konsey'in", "Dışişleri Bakanlığı"): the stems, folded, and the endings they take.
const TURKISH_ORGANISATION_STEMS = [...set('konsey bakanlık bakanlığ hükümet ittifak örgüt kurum kurul meclis ' +
  'büyükelçilik büyükelçiliğ şirket')];
const TURKISH_SUFFIX = /^'?(?:[iı]|[iı]?n[iı]n|[iı]n|n?[ea]|y[ea]|n?d[ea]n?|n?t[ea]n|s[iı]|s[iı]n[iı]n|s[iı]n[ea]|n[iı])?$/u;

/** An organisation noun in any of the supported languages, Turkish endings included. */
export function isOrganisationWord(key: string): boolean {
  if (ORGANISATION_WORDS.has(key)) return true;
  return TURKISH_ORGANISATION_STEMS.some((s) => key.startsWith(s) && TURKISH_SUFFIX.test(key.slice(s.length)));
}

/** Nouns for computer systems: a message on one of them was put there by whoever broke in. */
export const SYSTEM_WORDS = set('system systems website site server servers network screen screens portal computers machines devices ' +
  'sistemi sistem système système systeme sistema écran écrans ekran ekrani ekranet ekranin bildschirm bildschirme ' +
  'schermo schermi pantalla pantallas tela telas');

// Evidence that the article is about a breach of systems, across the supported languages.
export const ATTACK_VOCABULARY = /hack|cyber|attack|breach|ransomware|malware|sulm|piratage|attaque|angriff|attacco|ataque|атак|хакер|هجوم|اختراق/iu;

// What a pack says about the entity that breaks in: its role or description names it so.
export const ATTACKER_ROLE = /\b(?:hackers?|hacking|hacktivists?|attackers?|threat actor|perpetrators?|persona)\b/iu;
export const CLAIMED_ROLE = /\b(?:persona|claimed)\b/iu;

/** The part of a noun its inflections share: "ministry" ~ "ministries", "ministre" ~ "ministro". */
export function stem(noun: string): string {
  return noun.slice(0, Math.max(4, noun.length - 2));
}

// A pack entity that reports the news (its role or description says so).
export const NEWS_OUTLET = /\b(?:news agency|wire service|news outlet|newspaper|broadcaster|television|news site|news channel)\b/iu;

/** Wire services by name (folded), for when the pack does not list them. */
export const WIRE_SERVICES: ReadonlySet<string> = new Set(['reuters', 'afp', 'ap', 'ansa', 'efe', 'dpa', 'xinhua', 'tass',
  'irna', 'isna', 'anadolu', 'bloomberg', 'upi', 'associated press', 'agence france-presse', 'europa press', 'ria novosti',
  'mehr news', 'tasnim', 'fars news'].map(fold));

// Capitals that news uses for their governments ("Tehran said", "Washington vowed"), in the
// spellings of the supported languages, with the country's English name.
const CAPITALS = new Map<string, string>();
for (const [country, names] of [
  ['United States', 'washington вашингтон واشنطن 华盛顿 華盛頓 واشنگتن vaşington'],
  ['Iran', 'tehran teheran téhéran teherán teerã teerão tahran тегеран طهران تهران 德黑兰 德黑蘭 tehrani teheranit teherani'],
  ['Albania', 'tirana tiranë tiranës tiranas tiran тирана تيرانا 地拉那'],
  ['Russia', 'moscow moskau moscou mosca moscú moskva moskë москва موسكو 莫斯科'],
  ['United Kingdom', 'london londres londra londër лондон لندن 伦敦'],
  ['Serbia', 'belgrade belgrad belgrado beograd beogradi белград'],
  ['Kosovo', 'pristina prishtina prishtinë prishtinës priština'],
  ['North Macedonia', 'skopje shkup shkupi скопје'],
] as const) {
  for (const name of set(names)) CAPITALS.set(name, country);
}

/** The country a capital stands for, by the capital's folded name. */
export function capitalCountry(key: string): string | undefined {
  return CAPITALS.get(key);
}

/** Participles of naming and judging (folded keys), in the languages the lexicon covers. */
export const NAMING_PARTICIPLE = new RegExp(
  '^(?:called|dubbed|described|labell?ed|branded|termed|' + // en
    'definit[oaie]|qualificat[oaie]|chiamat[oaie]|bollat[oaie]|' + // it
    'qualifiee?s?|jugee?s?|decrite?s?|' + // fr
    'calificad[oa]s?|tildad[oa]s?|definid[oa]s?|' + // es
    'classificad[oa]s?|qualificad[oa]s?|chamad[oa]s?|descrit[oa]s?|' + // pt, es
    'genannt|bezeichnet)$', // de
  'u',
);
