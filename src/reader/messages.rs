//! PURE: every sentence of the interface, in English and Arabic, in one table
//! keyed by [`Msg`], and the [`Interface`] that picks a language, fills a
//! message's `{name}` places, writes its numbers and lays a line out.
//!
//! One table, one row per message with both languages side by side, so a
//! message cannot exist in one language only: the `messages!` macro takes
//! exactly two texts per row, and a unit test holds both non-empty with the
//! same places. Words that belong to another table stay there with an
//! Arabic column of their own: an action's description (`reader/action.rs`)
//! and a kind's heading and legend word (`reader/kinds.rs`).
//!
//! Arabic goes to the screen laid out by qari's own engine, as the article
//! does ([`Interface::line`]): a message becomes one visual line, right to
//! left, cut at its logical end, so every terminal shows it right and the
//! frame's send order (`ui/send_order.rs`) treats it like the article's
//! text. Commands run from scripts (`qari render`, `entities`, ...) keep
//! their English errors: scripts read them.
//!
//! The table is this file's; the [`Interface`] that speaks it is in
//! `messages/interface.rs`, a message laid out as a row in
//! `messages/layout.rs`, the short forms of the longer ones, for a narrow
//! status bar, in `messages/short.rs`.

pub use interface::{Digits, Interface, Lang, LangSetting};
pub use layout::{cut_end, display_keeping_marks, drawn_width};

/// Makes [`Msg`] and its texts out of one row per message:
/// `Id "English" "Arabic";`.
macro_rules! messages {
    ($($id:ident $en:literal $ar:literal;)*) => {
        /// A message of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $(#[doc = $en] $id,)*
        }

        impl Msg {
            /// Every message, in table order.
            pub const ALL: &'static [Msg] = &[$(Msg::$id),*];

            /// The message in English and in Arabic.
            pub const fn texts(self) -> [&'static str; 2] {
                match self {
                    $(Msg::$id => [$en, $ar],)*
                }
            }
        }
    };
}

messages! {
    // The status bar.
    Line "line {n}/{total}" "سطر {n}/{total}";
    LineLoading "line {n}  loading\u{2026}" "سطر {n}  جارٍ التحميل\u{2026}";
    Empty "empty" "فارغ";
    Percent "{p}%" "{p}٪";
    HelpKey "h help" "h مساعدة";
    Recognising "entities\u{2026}" "الكيانات\u{2026}";
    ModeSelect "SELECT" "تحديد";
    ModeNote "NOTE" "ملاحظة";
    ModeSearch "SEARCH" "بحث";
    ModeCommand "COMMAND" "أمر";
    // The help.
    HelpTitle " qari: keys " " قارئ: المفاتيح ";
    HelpRange " {from}-{to} of {total}  j/k Space b scroll  Esc closes "
        " {from}-{to} من {total}  j/k Space b للتمرير  Esc للإغلاق ";
    HelpRangeShort " {from}-{to}/{total}  Esc closes " " {from}-{to}/{total}  Esc للإغلاق ";
    HelpCloses " Esc or ? closes " " Esc أو ? للإغلاق ";
    HelpEscCloses " Esc closes " " Esc للإغلاق ";
    ModeReading "Reading" "القراءة";
    ModePanel "In the panel" "في اللوحة";
    ModeList "In a list (a page's links, a feed's items)" "في قائمة (روابط الصفحة، عناصر الموجز)";
    ModeSelecting "Selecting a passage" "تحديد مقطع";
    // The panel.
    PanelRecognising "recognising entities\u{2026}" "جارٍ التعرّف على الكيانات\u{2026}";
    PanelNothing "no entities found" "لم يُعثر على كيانات";
    PanelNoArabic "no entities: names are found in Arabic text only"
        "لا كيانات: يُتعرَّف على الأسماء في النص العربي وحده";
    Heading "{kind} ({n})" "{kind} ({n})";
    LegendCurrent "current" "الحالي";
    NotesHeading "Notes ({n})" "ملاحظات ({n})";
    NotesNone "no notes yet: v selects, a writes a note" "لا ملاحظات بعد: v للتحديد، a لكتابة ملاحظة";
    NotesKeys "Enter jump  E edit" "Enter انتقال  E تحرير";
    NotesKeysMore "D delete  u undo  t tab" "D حذف  u تراجع  t تبويب";
    NotesOnly "E and D act on the Notes tab (t shows it)" "E و D تعملان في تبويب الملاحظات (t يعرضه)";
    NoNotes "no notes yet" "لا ملاحظات بعد";
    NoteOf "note {n}/{total}" "ملاحظة {n}/{total}";
    Orphaned "orphaned: its passage is not in the text" "يتيمة: مقطعها ليس في النص";
    NoNoteSelected "no note selected" "لم تُحدَّد ملاحظة";
    NoNotesToDelete "no notes to delete" "لا ملاحظات لحذفها";
    Deleted "deleted \u{2014} u undoes" "حُذفت \u{2014} u للتراجع";
    DeletedCorrectionStays "deleted \u{2014} u undoes; {name} stays corrected in every article (qari corrections --remove)"
        "حُذفت \u{2014} u للتراجع؛ يبقى تصحيح {name} في كل المقالات (qari corrections --remove)";
    NothingToUndo "nothing to undo" "لا شيء للتراجع عنه";
    Restored "restored" "استُعيدت";
    NoPanel "no panel to focus (e opens it)" "لا لوحة للتركيز (e يفتحها)";
    StillRecognising "entities are still being recognised" "ما زال التعرّف على الكيانات جاريًا";
    NoEntity "no entity selected" "لم يُحدَّد كيان";
    Clicked "{kind}: {name}" "{kind}: {name}";
    Mention "mention {n}/{total}" "ذكر {n}/{total}";
    OnlyMention "mention {n}/{total}  the only one" "ذكر {n}/{total}  الوحيد";
    WrappedFirst "mention {n}/{total}  wrapped to first mention" "ذكر {n}/{total}  عودة إلى أول ذكر";
    WrappedLast "mention {n}/{total}  wrapped to last mention" "ذكر {n}/{total}  عودة إلى آخر ذكر";
    // Marks, the command line, files.
    MarkNotSet "mark {m} is not set" "العلامة {m} غير موضوعة";
    MarkSet "mark {m} set" "وُضعت العلامة {m}";
    MarkLater "mark {m}: still reading the document, going there once it has loaded"
        "العلامة {m}: ما زالت قراءة المستند جارية، والانتقال إليها عند اكتمال تحميله";
    NotAMark "not a mark: {m} (marks are letters)" "ليست علامة: {m} (العلامات حروف)";
    MarksAreLetters "not a mark: marks are letters" "ليست علامة: العلامات حروف";
    NoJumpBack "no jump to go back from yet" "لا قفزة للرجوع منها بعد";
    DocumentEmpty "the document is empty" "المستند فارغ";
    NoLine "no line {n}: the last is {total}" "لا سطر {n}: عدد أسطر النص {total}";
    NoLineYet "no line {n} yet: {total} loaded so far" "لا سطر {n} بعد: المحمّل حتى الآن {total}";
    // The `:` line's mistakes (core's `CmdError`; a test holds the English
    // equal to its own words).
    UnknownCommand "unknown command: {cmd} (try :goto, :w, :q)"
        "أمر غير معروف: {cmd} (جرّب \u{200E}:goto، \u{200E}:w، \u{200E}:q)";
    MissingTarget "goto needs a place: :goto 42% or :goto <line>"
        "يحتاج goto إلى موضع: \u{200E}:goto 42% أو \u{200E}:goto <سطر>";
    BadTarget "not a percentage or a line number: {typed}" "ليس نسبة مئوية ولا رقم سطر: {typed}";
    PercentRange "a percentage goes from 0% to 100%, not {typed}"
        "النسبة المئوية من 0% إلى 100%، لا {typed}";
    MissingFile "{cmd} needs a file name: :{cmd} FILE" "يحتاج {cmd} إلى اسم ملف: \u{200E}:{cmd} FILE";
    UnexpectedArgument "{cmd} takes no argument" "لا يأخذ {cmd} أي وسيط";
    WroteLine "wrote {n} line to {path}" "كُتب {n} سطر في {path}";
    WroteLines "wrote {n} lines to {path}" "كُتبت {n} أسطر في {path}";
    WriteLater "still reading the document: write it once it has loaded"
        "ما زالت قراءة المستند جارية: اكتبه عند اكتمال تحميله";
    CannotRender "cannot render: {err}" "تعذّر الإخراج: {err}";
    FileExists "{path} exists (:w! replaces it)" "{path} موجود (\u{200E}:w!\u{200E} يستبدله)";
    NoDirectory "{path}: no such directory" "{path}: لا مجلد بهذا الاسم";
    Writing "writing" "الكتابة";
    LastFile "this is the last file" "هذا آخر ملف";
    FirstFile "this is the first file" "هذا أول ملف";
    OneFile "only one file was named: qari FILE FILE\u{2026} reads several"
        "سُمّي ملف واحد فقط: qari FILE FILE\u{2026} يقرأ عدة ملفات";
    LastItem "this is the last item" "هذا آخر عنصر";
    FirstItem "this is the first item" "هذا أول عنصر";
    // The list of a page's links.
    // Only the links in the text are listed: a page's outside its story
    // are not, and the message must not say the page has none.
    NoLinks "no links in the text (a page's links outside its story are not listed)"
        "لا روابط في النص (روابط الصفحة خارج الخبر لا تُدرج)";
    LinksTitle " links " " الروابط ";
    LinksFooter " {at}/{n}  Enter opens  Esc closes " " {at}/{n}  Enter يفتح  Esc يغلق ";
    // Search.
    NotFoundQuery "not found: {query}" "غير موجود: {query}";
    // A query with nothing to search for (only harakat or tatweel, or `\r`
    // alone): the core's `QueryError::Empty`, as `qari search` says it.
    EmptySearch "empty search" "بحث فارغ";
    NotFound "not found" "غير موجود";
    Searching "searching\u{2026}" "جارٍ البحث\u{2026}";
    NoSearch "no search yet: / to search" "لا بحث بعد: / للبحث";
    WrappedTop "search wrapped to top" "عاد البحث إلى البداية";
    WrappedBottom "search wrapped to bottom" "عاد البحث إلى النهاية";
    // Selecting, notes, labels, copying.
    Selecting "selecting: {n} chars \u{2014} a note, l label, Esc cancel"
        "تحديد: {n} حرفًا \u{2014} a ملاحظة، l تصنيف، Esc إلغاء";
    NothingToSelect "nothing to select here" "لا شيء للتحديد هنا";
    SelectionEmpty "the selection is empty" "التحديد فارغ";
    NoteSaved "note saved" "حُفظت الملاحظة";
    NoteDiscarded "note discarded" "أُهملت الملاحظة";
    NothingWritten "nothing written: type a note, or Esc" "لم يُكتب شيء: اكتب ملاحظة، أو Esc";
    DeletedElsewhere "the annotation was deleted elsewhere" "حُذف التعليق في مكان آخر";
    SavedAnew "the annotation was deleted elsewhere: new note saved"
        "حُذف التعليق في مكان آخر: حُفظت ملاحظة جديدة";
    // A count said with `say_count`: `{s}` is the English plural's "s", and
    // the Arabic gives the count apart ("…: {n}"), which agrees with any.
    KeptBothTexts "{n} note{s} changed in another qari too: both texts kept"
        "ملاحظات غُيّرت في qari آخر أيضًا ({n}): حُفظ النصّان";
    KeptDeletedElsewhere "{n} note{s} deleted in another qari: your text is kept"
        "ملاحظات حُذفت في qari آخر ({n}): حُفظ نصّك";
    NotDeletedChangedElsewhere "{n} note{s} changed in another qari: not deleted"
        "ملاحظات غُيّرت في qari آخر ({n}): لم تُحذف";
    NotesChangedElsewhere "notes changed in another qari: shown as they are now"
        "تغيّرت الملاحظات في qari آخر: تُعرض كما هي الآن";
    RestoredNewerText "{n} note{s} restored with another qari's newer text"
        "ملاحظات استُعيدت بالنص الأحدث من qari آخر ({n})";
    NoName "no name here: v selects a passage to label" "لا اسم هنا: v يحدد مقطعًا لتصنيفه";
    LabelQuote "a quote is labelled as a passage: v selects it, then l"
        "يُصنَّف الاقتباس مقطعًا: v يحدده، ثم l";
    LabelDescribed "this speaker is described, not named: nothing to label"
        "هذا المتحدث موصوف لا مسمّى: لا اسم لتصنيفه";
    LabelInNotes "l labels an entity: t shows the entities" "l يصنّف كيانًا: t يعرض الكيانات";
    LabelMenuKeys "{key}: choose a label with 1-6 or j/k and Enter; Esc closes"
        "{key}: اختر تصنيفًا بـ 1-6 أو j/k وEnter؛ Esc يغلق";
    NothingToNote "nothing selected: v selects a passage, then a writes its note"
        "لا تحديد: v يحدد مقطعًا، ثم a يكتب ملاحظته";
    NotAKey "{key} is no key here: ? lists the keys" "{key} ليس مفتاحًا هنا: ? يعرض المفاتيح";
    ShowPosition "{name}: lines {first}-{last}/{total}, character {at}/{chars}, {p}%"
        "{name}: الأسطر {first}-{last}/{total}، الحرف {at}/{chars}، {p}٪";
    NoFollow "F: qari does not follow a growing file" "F: لا يتابع قارئ ملفًا ينمو";
    FileChanged "{name} changed since it was read: R reads it again"
        "تغيّر {name} بعد قراءته: R يقرؤه من جديد";
    NoFileToReread "nothing to read again: this is no file named on the command line"
        "لا شيء يُقرأ من جديد: هذا ليس ملفًا مسمّى في سطر الأوامر";
    LessOption "-{option}: a less option qari does not have" "\u{200E}-{option}: خيار من less ليس في qari";
    Labelled "labelled: {label}" "صُنّف: {label}";
    LabelledEverywhere "labelled: {label} \u{2014} {n} mention{s}, and in every article"
        "صُنّف: {label} \u{2014} مرات الذكر: {n}، وفي كل مقال";
    CopiedOne "copied {n} character to the clipboard" "نُسخ {n} حرف إلى الحافظة";
    CopiedMany "copied {n} characters to the clipboard" "نُسخت {n} أحرف إلى الحافظة";
    PasteIgnored "paste ignored: nothing open to paste into" "أُهمل اللصق: لا شيء مفتوح للّصق فيه";
    // The note editor, the label menu, the article's area.
    NoteTitle " note " " ملاحظة ";
    EditNoteTitle " edit note " " تحرير ملاحظة ";
    NoteKeys " C-s save \u{b7} Esc cancel " " C-s حفظ \u{b7} Esc إلغاء ";
    DiscardNote " discard typed note? y/n " " أتُهمل الملاحظة المكتوبة؟ y/n ";
    LabelTitle " label " " تصنيف ";
    LabelKeys " 1-6 \u{b7} Esc " " 1-6 \u{b7} Esc إلغاء ";
    NotAnEntity "not an entity" "ليس كيانًا";
    NoNote "(no note)" "(بلا ملاحظة)";
    // A note's text another qari saved meanwhile, kept as a note of its own.
    KeptCopy "(kept from another qari)" "(نسخة من qari آخر)";
    TooSmall "Terminal too small (need {w}x{h})" "الطرفية أصغر من اللازم (تلزم {w}x{h})";
    LoadingArticle "loading\u{2026}" "جارٍ التحميل\u{2026}";
    EmptyDocument "(empty document: nothing to read)" "(مستند فارغ: لا شيء للقراءة)";
    // Loading and quitting.
    LoadedEnd "end of what is loaded so far; going to the end when loading finishes"
        "نهاية ما حُمّل حتى الآن؛ الانتقال إلى النهاية عند اكتمال التحميل";
    LoadedPercent "{p}% of what is loaded so far; going to {p}% of the whole when loading finishes"
        "{p}٪ مما حُمّل حتى الآن؛ الانتقال إلى {p}٪ من المستند كله عند اكتمال التحميل";
    LoadedAtEnd "the whole document has loaded: at its end" "اكتمل تحميل المستند: عند نهايته";
    LoadedAt "the whole document has loaded: at {p}% of it" "اكتمل تحميل المستند: عند {p}٪ منه";
    QuitLoading "notes are stored once the whole file is read: q again quits without them"
        "تُحفظ الملاحظات بعد قراءة الملف كله: q مرة أخرى للخروج دونها";
    QuitUnstored "annotations not stored (see the notice): q again quits without them"
        "لم تُحفظ التعليقات (انظر التنبيه): q مرة أخرى للخروج دونها";
    // Notices from the shell: what failed, then the error (in English).
    NotesNotFound "{n} annotation{s} not found in the text (listed in Notes)"
        "تعليقات لم يُعثر عليها في النص ({n}، في تبويب الملاحظات)";
    NotesFoundAgain "{n} annotation{s} found again in the changed text"
        "تعليقات عُثر عليها من جديد في النص المعدَّل ({n})";
    StoreMovedAside "annotations store did not parse; kept aside as {path}"
        "تعذّرت قراءة مخزن التعليقات؛ نُحّي جانبًا باسم {path}";
    StoreNotMerged "earlier annotations store did not parse; not merged: {path}"
        "تعذّرت قراءة مخزن التعليقات السابق؛ لم يُدمج: {path}";
    NotesNotSaved "annotations not saved: {err}" "لم تُحفظ التعليقات: {err}";
    UnsavedKept "notes not saved when qari last ended are kept in {path}"
        "ملاحظات لم تُحفظ حين أُغلق قارئ آخر مرة، وهي محفوظة في {path}";
    CorrectionsMovedAside "{path}: corrections that did not parse were moved aside"
        "{path}: نُحّيت جانبًا تصحيحات تعذّرت قراءتها";
    CorrectionsUnreadable "{n} stored correction{s} cannot be read: kept in the file, the others apply"
        "تصحيحات محفوظة تعذّرت قراءتها ({n}): بقيت في الملف، وطُبّق الباقي";
    Failed "{what}: {err}" "{what}: {err}";
    Annotations "annotations" "التعليقات";
    Marks "marks" "العلامات";
    Copying "copying" "النسخ";
    Position "reading position" "موضع القراءة";
    Corrections "corrections" "التصحيحات";
    Entities "entities" "الكيانات";
    ReadItems "the feed's read items" "العناصر المقروءة من الموجز";
    EntitiesCapped "entities: the first {n} mentions only (the reader keeps no more)"
        "الكيانات: أول {n} ذكر فقط (لا يحتفظ القارئ بأكثر)";
    // An input's warnings and failures (core's `Warning` and `InputError`,
    // said by `messages/notices.rs`; a test holds the English equal to
    // their own words).
    InvalidUtf8 "invalid UTF-8 replaced with \u{FFFD}" "بايتات UTF-8 غير صالحة استُبدل بها \u{FFFD}";
    ReadAs "read as {encoding}" "قُرئ بترميز {encoding}";
    AskedOverUtf8 "read as {encoding}, as --encoding asks, though it is UTF-8 with Arabic letters (it reads as UTF-8 without --encoding)"
        "قُرئ بترميز {encoding} كما طلب ‎--encoding‎، مع أنه UTF-8 بحروف عربية (يُقرأ UTF-8 دون ‎--encoding‎)";
    Replaced "bytes not valid in {encoding} were replaced with \u{FFFD}"
        "بايتات غير صالحة في {encoding} استُبدل بها \u{FFFD}";
    NotAsDeclared "declared as {declared}, which its bytes are not: read as {encoding}"
        "صُرّح بترميز {declared} وليست بايتاتها به: قُرئ بترميز {encoding}";
    WholePage "the story could not be told from the page around it: showing the page's text without its menus and footer"
        "تعذّر تمييز الخبر عمّا حوله في الصفحة: يُعرض نصها دون قوائمها وتذييلها";
    BrokenFeed "the feed is broken at line {line} ({what}): its items are read as far as they can be"
        "الموجز معطوب عند السطر {line} ({what}): قُرئت عناصره قدر ما أمكن";
    NoArticle "no article found in the page: showing all its text"
        "لم يُعثر على مقال في الصفحة: يُعرض نصها كله";
    StoppedAtSize "stopped reading {name} at {size}" "توقفت قراءة {name} عند {size}";
    StoppedAtLines "stopped reading {name} at {n} lines" "توقفت قراءة {name} عند {n} سطر";
    StoppedLoading "stopped loading at byte {at}: {reason}" "توقف التحميل عند البايت {at}: {reason}";
    NoSuchFile "{input}: no such file" "{input}: لا ملف بهذا الاسم";
    PermissionDenied "{input}: permission denied" "{input}: لا إذن بقراءته";
    IsADirectory "{input}: is a directory" "{input}: مجلد لا ملف";
    NotPageOrText "{input}: not a web page or text ({type})" "{input}: ليس صفحة ويب ولا نصًا ({type})";
    FeedEmpty "{input}: the feed has no items" "{input}: لا عناصر في الموجز";
    ReadAlready "{input}: was read already and cannot be read again"
        "{input}: قُرئ من قبل ولا تمكن قراءته مرة أخرى";
    // A link that could not be fetched (`store/fetch.rs`); what a library
    // or the server words (`{err}`, a status's `{status}`) stays as it came.
    NoSuchHost "{input}: no such host (or no network)" "{input}: لا مضيف بهذا الاسم (أو لا شبكة)";
    CouldNotConnect "{input}: could not connect (refused or unreachable)"
        "{input}: تعذّر الاتصال (رُفض أو تعذّر الوصول)";
    ConnectionRefused "{input}: connection refused" "{input}: رُفض الاتصال";
    TimedOut "{input}: timed out" "{input}: انتهت مهلة الانتظار";
    Interrupted "{input}: stopped before the page came (interrupted)"
        "{input}: أُوقف قبل أن تصل الصفحة (قُطع)";
    NoWriter "{input}: stopped waiting for a writer (interrupted)"
        "{input}: أُوقف انتظار من يكتب في الأنبوب (قُطع)";
    TooManyRedirects "{input}: more than {n} redirects" "{input}: أُعيد التوجيه أكثر من {n} مرات";
    RedirectFailed "{input}: a redirect led nowhere" "{input}: إعادة توجيه لا تؤدي إلى أي مكان";
    RedirectRefused "{input}: a redirect to a {scheme}: address was refused"
        "{input}: رُفضت إعادة توجيه إلى عنوان {scheme}:";
    TooLarge "{input}: too large (over {n} MB)" "{input}: أكبر من اللازم (أكثر من {n} ميغابايت)";
    BadAddress "{input}: not a valid address ({err})" "{input}: ليس عنوانًا صالحًا ({err})";
    TlsFailed "{input}: TLS failed: {err}" "{input}: فشل TLS: {err}";
    NetworkError "{input}: network error: {err}" "{input}: خطأ في الشبكة: {err}";
    BrokenCompression "{input}: the page's compression is broken: {err}"
        "{input}: ضغط الصفحة تالف: {err}";
    HttpStatus "{input}: the server answered {code} {status}" "{input}: أجاب الخادم بالرمز {code} {status}";
    OtherScheme "{input}: qari fetches http and https links, not {scheme}"
        "{input}: يجلب qari روابط http و https فقط، لا {scheme}";
    Relative "{input}: a relative link, with no address to go from"
        "{input}: رابط نسبي، ولا عنوان يُنطلق منه";
    NoLocalFile "{input}: names no file on this machine (a file link is file:///path, with %XX escapes)"
        "{input}: لا يسمّي ملفًا على هذا الجهاز (رابط الملف \u{200E}file:///path\u{200E}، بترميز %XX)";
    // A configuration file that could not be used (`reader/config/warning.rs`,
    // `ConfigError`): the file and the place in it, the key, what toml or
    // serde said (`{err}`, `{reason}`) as they said it.
    UsingDefaults "; using the default settings" "؛ تُستعمل الإعدادات الافتراضية";
    SkippedSetting "; that setting is left out, the others apply"
        "؛ تُرك هذا الإعداد وحده واستُعمل الباقي";
    SkippedSettings "; it and {n} more are left out, the others apply"
        "؛ تُرك هو و{n} غيره واستُعمل الباقي";
    ConfigNotRegular "{file}: not a regular file" "{file}: ليس ملفًا عاديًا";
    ConfigTooLarge "{file}: larger than {size}" "{file}: أكبر من {size}";
    ConfigNotUtf8 "{file}: not UTF-8 text" "{file}: ليس نصًا بترميز UTF-8";
    ConfigSyntax "{at}: not valid TOML: {err}" "{at}: ليس TOML صالحًا: {err}";
    ConfigUnknownKey "{at}: unknown key {key} {where}" "{at}: مفتاح غير معروف {key} {where}";
    ConfigExpected " (expected one of: {names})" " (المتوقع أحد هذه: {names})";
    ConfigBadValue "{at}: bad value for {key} {where}: {reason}"
        "{at}: قيمة غير صالحة للمفتاح {key} {where}: {reason}";
    ConfigBadKey "{at}: bad key {key} {where}: {reason}" "{at}: مفتاح غير صالح {key} {where}: {reason}";
    ConfigUnknownAction
        "{at}: unknown action {name} for key {key} {where} (qari --print-config lists the actions; \"none\" unbinds)"
        "{at}: إجراء غير معروف {name} للمفتاح {key} {where} (يسرد \u{200E}qari --print-config\u{200E} الإجراءات، و\"none\" يلغي الربط)";
    ConfigShadowed
        "{at}: key {key} {where} can never be typed: {bound} is bound to {action} (unbind it: {bound} = \"none\")"
        "{at}: لا يمكن أبدًا كتابة المفتاح {key} {where}: {bound} مربوط بالإجراء {action} (ألغِ ربطه: {bound} = \"none\")";
    InTable "in [{table}]" "في [{table}]";
    TopLevel "at the top level" "في أعلى الملف";
    // A page's link that cannot be followed.
    RelativeLink "{href}: a relative link, and the page has no address"
        "{href}: رابط نسبي، وليس للصفحة عنوان";
    NotAWebLink "{href}: not a web link" "{href}: ليس رابط ويب";
}

/// The `{name}` places of a text, in order.
pub fn places(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}

mod interface;
mod layout;
mod notices;
mod short;

#[cfg(test)]
mod tests;
