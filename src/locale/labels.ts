/** The callout kinds of GitHub's alert syntax (`> [!NOTE]`). */
export type CalloutKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';

/** Every word Folio adds to a document, in one language: print furniture, EPUB navigation, callout titles. */
export interface Labels {
  /**
   * The print folio: `{page}` and `{pages}` stand for the page number and
   * the page count, in the words and order of the language (`{page} of
   * {pages}`, `{page} / {pages}`, `第{page}页，共{pages}页`).
   */
  readonly page: string;
  /** Title of the table of contents (print and EPUB). */
  readonly contents: string;
  /** Title of the list of link addresses at the end of the print edition. */
  readonly links: string;
  /** The EPUB's landmarks navigation. */
  readonly landmarks: string;
  /** The EPUB landmark of the first page of text. */
  readonly start: string;
  /** The EPUB's cover page, and the start of its image's text alternative. */
  readonly cover: string;
  /** Accessible name of the notes section. */
  readonly notes: string;
  /** Accessible name of a note's link back to the text; `{n}` is the note number. */
  readonly backToText: string;
  readonly callouts: Readonly<Record<CalloutKind, string>>;
}

/**
 * Folio's words, by language: a primary language subtag, or a language and
 * script where the script changes the words (`zh-Hant`). Each language has
 * all of them: one table, one place to add a language. English is always
 * there: it stands in for the languages Folio has no words for.
 */
const byLanguage: Readonly<Record<string, Labels> & { en: Labels }> = {
  en: {
    page: '{page} of {pages}',
    contents: 'Contents',
    links: 'Links',
    landmarks: 'Guide',
    start: 'Start of content',
    cover: 'Cover',
    notes: 'Notes',
    backToText: 'Back to note {n} in the text',
    callouts: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' },
  },
  fr: {
    page: '{page} sur {pages}',
    contents: 'Table des matières',
    links: 'Liens',
    landmarks: 'Repères',
    start: 'Début du texte',
    cover: 'Couverture',
    notes: 'Notes',
    backToText: 'Retour à l’appel de note {n}',
    callouts: { NOTE: 'Remarque', TIP: 'Astuce', IMPORTANT: 'Important', WARNING: 'Avertissement', CAUTION: 'Attention' },
  },
  de: {
    page: '{page} von {pages}',
    contents: 'Inhalt',
    links: 'Links',
    landmarks: 'Orientierung',
    start: 'Textbeginn',
    cover: 'Umschlag',
    notes: 'Anmerkungen',
    backToText: 'Zurück zu Anmerkung {n} im Text',
    callouts: { NOTE: 'Hinweis', TIP: 'Tipp', IMPORTANT: 'Wichtig', WARNING: 'Warnung', CAUTION: 'Vorsicht' },
  },
  es: {
    page: '{page} de {pages}',
    contents: 'Índice',
    links: 'Enlaces',
    landmarks: 'Guía',
    start: 'Inicio del texto',
    cover: 'Cubierta',
    notes: 'Notas',
    backToText: 'Volver a la nota {n} en el texto',
    callouts: { NOTE: 'Nota', TIP: 'Consejo', IMPORTANT: 'Importante', WARNING: 'Advertencia', CAUTION: 'Precaución' },
  },
  it: {
    page: '{page} di {pages}',
    contents: 'Indice',
    links: 'Collegamenti',
    landmarks: 'Guida',
    start: 'Inizio del testo',
    cover: 'Copertina',
    notes: 'Note',
    backToText: 'Torna alla nota {n} nel testo',
    callouts: { NOTE: 'Nota', TIP: 'Suggerimento', IMPORTANT: 'Importante', WARNING: 'Avviso', CAUTION: 'Attenzione' },
  },
  nl: {
    page: '{page} van {pages}',
    contents: 'Inhoud',
    links: 'Links',
    landmarks: 'Oriëntatie',
    start: 'Begin van de tekst',
    cover: 'Omslag',
    notes: 'Noten',
    backToText: 'Terug naar noot {n} in de tekst',
    callouts: { NOTE: 'Opmerking', TIP: 'Tip', IMPORTANT: 'Belangrijk', WARNING: 'Waarschuwing', CAUTION: 'Let op' },
  },
  pt: {
    page: '{page} de {pages}',
    contents: 'Índice',
    links: 'Ligações',
    landmarks: 'Guia',
    start: 'Início do texto',
    cover: 'Capa',
    notes: 'Notas',
    backToText: 'Voltar à nota {n} no texto',
    callouts: { NOTE: 'Nota', TIP: 'Dica', IMPORTANT: 'Importante', WARNING: 'Aviso', CAUTION: 'Cuidado' },
  },
  ru: {
    page: '{page} из {pages}',
    contents: 'Содержание',
    links: 'Ссылки',
    landmarks: 'Ориентиры',
    start: 'Начало текста',
    cover: 'Обложка',
    notes: 'Примечания',
    backToText: 'Вернуться к примечанию {n} в тексте',
    callouts: { NOTE: 'Примечание', TIP: 'Совет', IMPORTANT: 'Важно', WARNING: 'Предупреждение', CAUTION: 'Осторожно' },
  },
  uk: {
    page: '{page} з {pages}',
    contents: 'Зміст',
    links: 'Посилання',
    landmarks: 'Орієнтири',
    start: 'Початок тексту',
    cover: 'Обкладинка',
    notes: 'Примітки',
    backToText: 'Повернутися до примітки {n} у тексті',
    callouts: { NOTE: 'Примітка', TIP: 'Порада', IMPORTANT: 'Важливо', WARNING: 'Попередження', CAUTION: 'Обережно' },
  },
  pl: {
    page: '{page} z {pages}',
    contents: 'Spis treści',
    links: 'Linki',
    landmarks: 'Nawigacja',
    start: 'Początek tekstu',
    cover: 'Okładka',
    notes: 'Przypisy',
    backToText: 'Powrót do przypisu {n} w tekście',
    callouts: { NOTE: 'Notatka', TIP: 'Wskazówka', IMPORTANT: 'Ważne', WARNING: 'Ostrzeżenie', CAUTION: 'Uwaga' },
  },
  tr: {
    page: '{page} / {pages}',
    contents: 'İçindekiler',
    links: 'Bağlantılar',
    landmarks: 'Rehber',
    start: 'Metnin başlangıcı',
    cover: 'Kapak',
    notes: 'Notlar',
    backToText: 'Metindeki {n} numaralı nota dön',
    callouts: { NOTE: 'Not', TIP: 'İpucu', IMPORTANT: 'Önemli', WARNING: 'Uyarı', CAUTION: 'Dikkat' },
  },
  el: {
    page: '{page} από {pages}',
    contents: 'Περιεχόμενα',
    links: 'Σύνδεσμοι',
    landmarks: 'Οδηγός',
    start: 'Αρχή του κειμένου',
    cover: 'Εξώφυλλο',
    notes: 'Σημειώσεις',
    backToText: 'Επιστροφή στη σημείωση {n} στο κείμενο',
    callouts: { NOTE: 'Σημείωση', TIP: 'Συμβουλή', IMPORTANT: 'Σημαντικό', WARNING: 'Προειδοποίηση', CAUTION: 'Προσοχή' },
  },
  cs: {
    page: '{page} z {pages}',
    contents: 'Obsah',
    links: 'Odkazy',
    landmarks: 'Průvodce',
    start: 'Začátek textu',
    cover: 'Obálka',
    notes: 'Poznámky',
    backToText: 'Zpět na poznámku {n} v textu',
    callouts: { NOTE: 'Poznámka', TIP: 'Tip', IMPORTANT: 'Důležité', WARNING: 'Varování', CAUTION: 'Upozornění' },
  },
  vi: {
    page: '{page} / {pages}',
    contents: 'Mục lục',
    links: 'Liên kết',
    landmarks: 'Hướng dẫn',
    start: 'Đầu văn bản',
    cover: 'Bìa',
    notes: 'Ghi chú',
    backToText: 'Quay lại chú thích {n} trong văn bản',
    callouts: { NOTE: 'Ghi chú', TIP: 'Mẹo', IMPORTANT: 'Quan trọng', WARNING: 'Cảnh báo', CAUTION: 'Thận trọng' },
  },
  da: {
    page: '{page} af {pages}',
    contents: 'Indhold',
    links: 'Links',
    landmarks: 'Vejledning',
    start: 'Tekstens begyndelse',
    cover: 'Omslag',
    notes: 'Noter',
    backToText: 'Tilbage til note {n} i teksten',
    callouts: { NOTE: 'Bemærk', TIP: 'Tip', IMPORTANT: 'Vigtigt', WARNING: 'Advarsel', CAUTION: 'Forsigtig' },
  },
  nb: {
    page: '{page} av {pages}',
    contents: 'Innhold',
    links: 'Lenker',
    landmarks: 'Veiviser',
    start: 'Tekstens begynnelse',
    cover: 'Omslag',
    notes: 'Noter',
    backToText: 'Tilbake til note {n} i teksten',
    callouts: { NOTE: 'Merknad', TIP: 'Tips', IMPORTANT: 'Viktig', WARNING: 'Advarsel', CAUTION: 'Forsiktig' },
  },
  fi: {
    page: '{page}/{pages}',
    contents: 'Sisällys',
    links: 'Linkit',
    landmarks: 'Opas',
    start: 'Tekstin alku',
    cover: 'Kansi',
    notes: 'Viitteet',
    backToText: 'Takaisin viitteeseen {n} tekstissä',
    callouts: { NOTE: 'Huomautus', TIP: 'Vinkki', IMPORTANT: 'Tärkeää', WARNING: 'Varoitus', CAUTION: 'Varo' },
  },
  hu: {
    page: '{page}/{pages}',
    contents: 'Tartalom',
    links: 'Hivatkozások',
    landmarks: 'Útmutató',
    start: 'A szöveg eleje',
    cover: 'Borító',
    notes: 'Jegyzetek',
    backToText: 'Vissza a(z) {n}. jegyzethez a szövegben',
    callouts: { NOTE: 'Megjegyzés', TIP: 'Tipp', IMPORTANT: 'Fontos', WARNING: 'Figyelmeztetés', CAUTION: 'Vigyázat' },
  },
  ro: {
    page: '{page} din {pages}',
    contents: 'Cuprins',
    links: 'Linkuri',
    landmarks: 'Ghid',
    start: 'Începutul textului',
    cover: 'Copertă',
    notes: 'Note',
    backToText: 'Înapoi la nota {n} din text',
    callouts: { NOTE: 'Notă', TIP: 'Sfat', IMPORTANT: 'Important', WARNING: 'Avertisment', CAUTION: 'Atenție' },
  },
  id: {
    page: '{page} dari {pages}',
    contents: 'Daftar Isi',
    links: 'Tautan',
    landmarks: 'Panduan',
    start: 'Awal teks',
    cover: 'Sampul',
    notes: 'Catatan',
    backToText: 'Kembali ke catatan {n} dalam teks',
    callouts: { NOTE: 'Catatan', TIP: 'Tips', IMPORTANT: 'Penting', WARNING: 'Peringatan', CAUTION: 'Hati-hati' },
  },
  sv: {
    page: '{page} av {pages}',
    contents: 'Innehåll',
    links: 'Länkar',
    landmarks: 'Orientering',
    start: 'Textens början',
    cover: 'Omslag',
    notes: 'Noter',
    backToText: 'Tillbaka till not {n} i texten',
    callouts: { NOTE: 'Anmärkning', TIP: 'Tips', IMPORTANT: 'Viktigt', WARNING: 'Varning', CAUTION: 'Försiktighet' },
  },
  hi: {
    page: '{pages} में से {page}',
    contents: 'विषय सूची',
    links: 'लिंक',
    landmarks: 'मार्गदर्शिका',
    start: 'पाठ का आरंभ',
    cover: 'आवरण',
    notes: 'टिप्पणियाँ',
    backToText: 'पाठ में टिप्पणी {n} पर वापस जाएँ',
    callouts: { NOTE: 'नोट', TIP: 'सुझाव', IMPORTANT: 'महत्वपूर्ण', WARNING: 'चेतावनी', CAUTION: 'सावधानी' },
  },
  ar: {
    page: '{page} من {pages}',
    contents: 'المحتويات',
    links: 'الروابط',
    landmarks: 'الدليل',
    start: 'بداية النص',
    cover: 'الغلاف',
    notes: 'الحواشي',
    backToText: 'العودة إلى الحاشية {n} في النص',
    callouts: { NOTE: 'ملاحظة', TIP: 'نصيحة', IMPORTANT: 'مهم', WARNING: 'تحذير', CAUTION: 'تنبيه' },
  },
  fa: {
    page: '{page} از {pages}',
    contents: 'فهرست مطالب',
    links: 'پیوندها',
    landmarks: 'راهنما',
    start: 'آغاز متن',
    cover: 'جلد',
    notes: 'یادداشت\u200Cها',
    backToText: 'بازگشت به یادداشت {n} در متن',
    callouts: { NOTE: 'یادداشت', TIP: 'نکته', IMPORTANT: 'مهم', WARNING: 'هشدار', CAUTION: 'احتیاط' },
  },
  ur: {
    page: '{pages} میں سے {page}',
    contents: 'فہرست مضامین',
    links: 'روابط',
    landmarks: 'رہنمائی',
    start: 'متن کا آغاز',
    cover: 'سرورق',
    notes: 'حواشی',
    backToText: 'متن میں حاشیہ {n} پر واپس جائیں',
    callouts: { NOTE: 'نوٹ', TIP: 'مشورہ', IMPORTANT: 'اہم', WARNING: 'انتباہ', CAUTION: 'احتیاط' },
  },
  he: {
    page: '{page} מתוך {pages}',
    contents: 'תוכן העניינים',
    links: 'קישורים',
    landmarks: 'ניווט',
    start: 'תחילת הטקסט',
    cover: 'כריכה',
    notes: 'הערות',
    backToText: 'חזרה להערה {n} בטקסט',
    callouts: { NOTE: 'הערה', TIP: 'עצה', IMPORTANT: 'חשוב', WARNING: 'אזהרה', CAUTION: 'זהירות' },
  },
  ja: {
    page: '{page} / {pages}',
    contents: '目次',
    links: 'リンク',
    landmarks: 'ガイド',
    start: '本文の先頭',
    cover: '表紙',
    notes: '注',
    backToText: '本文の注 {n} に戻る',
    callouts: { NOTE: '注記', TIP: 'ヒント', IMPORTANT: '重要', WARNING: '警告', CAUTION: '注意' },
  },
  zh: {
    page: '第 {page} 页，共 {pages} 页',
    contents: '目录',
    links: '链接',
    landmarks: '导航',
    start: '正文开始',
    cover: '封面',
    notes: '注释',
    backToText: '返回正文中的注释 {n}',
    callouts: { NOTE: '备注', TIP: '提示', IMPORTANT: '重要', WARNING: '警告', CAUTION: '注意' },
  },
  'zh-Hant': {
    page: '第 {page} 頁，共 {pages} 頁',
    contents: '目錄',
    links: '連結',
    landmarks: '導覽',
    start: '正文開始',
    cover: '封面',
    notes: '註釋',
    backToText: '返回正文中的註釋 {n}',
    callouts: { NOTE: '備註', TIP: '提示', IMPORTANT: '重要', WARNING: '警告', CAUTION: '注意' },
  },
  ko: {
    page: '{page} / {pages}',
    contents: '목차',
    links: '링크',
    landmarks: '안내',
    start: '본문 시작',
    cover: '표지',
    notes: '주석',
    backToText: '본문의 주석 {n} 위치로 돌아가기',
    callouts: { NOTE: '참고', TIP: '팁', IMPORTANT: '중요', WARNING: '경고', CAUTION: '주의' },
  },
};

/**
 * Folio's words for a BCP 47 language tag: those of its language and script
 * (`zh-TW` and `zh-Hant-HK` are `zh-Hant`), else of its language, else
 * English, but for the print folio, which is then `3 / 8`: figures and a
 * slash read in any language, where `3 of 8` is English in the middle of a
 * Thai or Swahili page.
 */
export function labelsFor(lang: string): Labels {
  for (const key of languageKeys(lang)) {
    const labels = byLanguage[key];
    if (labels) return labels;
  }
  return otherLanguages;
}

const otherLanguages: Labels = { ...byLanguage.en, page: '{page} / {pages}' };

/** `language-Script` (the script given or usually written) then `language`, for looking a tag up in a table. */
function languageKeys(lang: string): string[] {
  try {
    const locale = new Intl.Locale(lang);
    const { script } = locale.maximize();
    return [...(script === undefined ? [] : [`${locale.language}-${script}`]), locale.language];
  } catch {
    return [lang.split('-')[0]?.toLowerCase() ?? 'en'];
  }
}

/** The print folio in the language's words, with `page` and `pages` put in their places (`3 of 8`, `第 3 页，共 8 页`). */
export function pageLabel(labels: Labels, page: string, pages: string): string {
  return labels.page.replace(/\{(pages?)\}/g, (_, name: string) => (name === 'page' ? page : pages));
}
