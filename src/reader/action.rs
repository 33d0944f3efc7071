//! Every command the reader understands, declared once in one table.
//!
//! Keys and mouse events are translated into an [`Action`] (see `keymap`) and
//! the app applies it; nothing else changes the reader's state. Each row of
//! the `actions!` table below gives an action's variant, its stable name (as
//! written in `config.toml`), its one-line description (the help overlay's
//! and `--print-config`'s) and its default keys per mode. The macro makes the
//! enum, [`Action::ALL`], `name`, `description`, `FromStr` and
//! [`DEFAULT_KEYS`] from those rows, so an action cannot be declared without
//! a name, a description and a place in the help, and a name cannot be
//! spelt two ways. What an action does is the app's exhaustive `match`: a
//! new row that the app does not handle does not compile.

use std::fmt;
use std::str::FromStr;

use crate::reader::keymap::Mode;

/// Makes the enum and everything derived from it out of one row per action:
/// `Variant "name" "description" "Arabic description" Mode ["key", ...] ...;`.
macro_rules! actions {
    ($(
        $variant:ident $name:literal $description:literal $arabic:literal
            $($mode:ident [$($key:literal),* $(,)?])*;
    )*) => {
        /// A command of the reader.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $(#[doc = $description] $variant,)*
        }

        /// How many actions there are.
        const COUNT: usize = [$(stringify!($variant)),*].len();

        /// How many default bindings the table gives, over all modes.
        const KEY_COUNT: usize = [$($($($key),*),*),*].len();

        /// The default key table: each action's keys in table order, per mode.
        pub const DEFAULT_KEYS: [(Mode, &str, Action); KEY_COUNT] = [
            $($($((Mode::$mode, $key, Action::$variant),)*)*)*
        ];

        impl Action {
            /// Every action, in the order the help overlay lists them.
            pub const ALL: [Action; COUNT] = [$(Action::$variant),*];

            /// What the action does, in one line for the help overlay.
            pub fn description(self) -> &'static str {
                match self {
                    $(Action::$variant => $description,)*
                }
            }

            /// The description in English and in Arabic (the help's, in
            /// the interface's language).
            pub fn descriptions(self) -> [&'static str; 2] {
                match self {
                    $(Action::$variant => [$description, $arabic],)*
                }
            }

            /// The action's stable name, as written in `config.toml` ("line-down").
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                }
            }
        }

        impl FromStr for Action {
            type Err = UnknownAction;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                // Two rows with one name make an unreachable arm, which the
                // lints refuse.
                match s {
                    $($name => Ok(Action::$variant),)*
                    _ => Err(UnknownAction(s.to_string())),
                }
            }
        }
    };
}

actions! {
    LineDown "line-down" "Scroll down one line (panel: next entity)"
        "سطر إلى الأسفل (في اللوحة: الكيان التالي)"
        Reader ["j", "Down", "C-e", "Enter", "C-n", "C-j"];
    LineUp "line-up" "Scroll up one line (panel: previous entity)"
        "سطر إلى الأعلى (في اللوحة: الكيان السابق)"
        Reader ["k", "Up", "y", "C-y", "C-p", "C-k"];
    PageDown "page-down" "Scroll down one page (N first: N lines)"
        "صفحة إلى الأسفل (مع عدد قبله: أسطر بعدده)" Reader ["Space", "PageDown", "C-f"];
    PageUp "page-up" "Scroll up one page (N first: N lines)"
        "صفحة إلى الأعلى (مع عدد قبله: أسطر بعدده)" Reader ["b", "PageUp", "C-b"];
    WindowDown "window-down" "Page down (N first: N lines, for later pages too)"
        "صفحة إلى الأسفل (مع عدد قبله: أسطر بعدده، وللصفحات بعدها)" Reader ["z"];
    WindowUp "window-up" "Page up (N first: N lines, for later pages too)"
        "صفحة إلى الأعلى (مع عدد قبله: أسطر بعدده، وللصفحات بعدها)" Reader ["w"];
    HalfPageDown "half-page-down" "Half page down (N first: N lines, later ones too)"
        "نصف صفحة إلى الأسفل (مع عدد قبله: أسطر بعدده، ولما بعدها)" Reader ["d", "C-d"];
    HalfPageUp "half-page-up" "Half page up (N first: N lines, later ones too)"
        "نصف صفحة إلى الأعلى (مع عدد قبله: أسطر بعدده، ولما بعدها)" Reader ["u", "C-u"];
    WheelDown "wheel-down" "Scroll down a few lines"
        "بضعة أسطر إلى الأسفل" Reader ["WheelDown"];
    WheelUp "wheel-up" "Scroll up a few lines"
        "بضعة أسطر إلى الأعلى" Reader ["WheelUp"];
    Top "top" "Go to the beginning (panel: first entity)"
        "إلى البداية (في اللوحة: الكيان الأول)" Reader ["g", "Home"];
    Bottom "bottom" "Go to the end (panel: last entity)"
        "إلى النهاية (في اللوحة: الكيان الأخير)" Reader ["G", "End"];
    TogglePanel "toggle-panel" "Show or hide the entities panel"
        "إظهار لوحة الكيانات أو إخفاؤها" Reader ["e"];
    SwitchFocus "switch-focus" "Move the focus between the article and the panel"
        "نقل التركيز بين المقال واللوحة" Reader ["Tab"];
    JumpToEntity "jump-to-entity" "Jump to the selected entity's first mention (a list: open the row)"
        "الانتقال إلى أول ذكر للكيان المحدد (في قائمة: فتح السطر)" Panel ["Enter"] List ["Enter"];
    NextMention "next-mention" "Next mention of the selected entity"
        "الذكر التالي للكيان المحدد" Reader ["]"];
    PreviousMention "previous-mention" "Previous mention of the selected entity"
        "الذكر السابق للكيان المحدد" Reader ["["];
    PanelTab "panel-tab" "Switch the panel between entities and notes"
        "تبديل اللوحة بين الكيانات والملاحظات" Reader ["t"];
    Search "search" "Search (Arabic-aware; \\r at the start for a regex)"
        "بحث (يراعي العربية؛ \u{200E}\\r في البداية لتعبير نمطي)" Reader ["/"];
    SearchBackward "search-backward" "Search backward (less's ?): n goes on backward"
        "بحث إلى الوراء، كـ ? في less (ثم n إلى الوراء)" Reader ["?"];
    SearchNext "search-next" "Next search hit (after ?: the one before)"
        "نتيجة البحث التالية (بعد ?: السابقة)" Reader ["n"];
    SearchPrevious "search-previous" "Search hit the other way"
        "نتيجة البحث في الاتجاه الآخر" Reader ["N"];
    ShowLinks "show-links" "List the page's links (Enter opens one)"
        "قائمة روابط الصفحة (Enter يفتح أحدها)" Reader ["L"];
    NextItem "next-item" "Next feed item (also n with no search), or next file (:n)"
        "عنصر الموجز التالي (و n إن لم يكن بحث)، أو الملف التالي (\u{200E}:n)" Reader ["A-n"];
    PreviousItem "previous-item" "Previous feed item, or previous file (:p)"
        "عنصر الموجز السابق، أو الملف السابق (\u{200E}:p)" Reader ["p", "A-p"];
    SetMark "set-mark" "Set a mark: m then a letter"
        "وضع علامة: m ثم حرف" Reader ["m"];
    GoToMark "go-to-mark" "Go to a mark: ' then a letter ('' goes back)"
        "الانتقال إلى علامة: ' ثم حرف ('' للرجوع)" Reader ["'"];
    CommandLine "command-line" "Command line (:goto 42%, :goto N, :w FILE, :q)"
        "سطر الأوامر (\u{200E}:goto 42%، \u{200E}:goto N، \u{200E}:w FILE، \u{200E}:q)" Reader [":"];
    StartSelection "start-selection" "Select a passage from the reading cursor"
        "تحديد مقطع من مؤشر القراءة" Reader ["v"];
    SelectWordForward "select-word-forward" "Selection: end a word on"
        "التحديد: نهايته كلمة إلى الأمام" Select ["w"];
    SelectWordBackward "select-word-backward" "Selection: end a word back; the first word stays"
        "التحديد: نهايته كلمة إلى الوراء؛ تبقى الكلمة الأولى"
        Select ["b"];
    SelectLineDown "select-line-down" "Selection: end a line down"
        "التحديد: نهايته سطر إلى الأسفل" Select ["j"];
    SelectLineUp "select-line-up" "Selection: end a line up; the first word stays"
        "التحديد: نهايته سطر إلى الأعلى؛ تبقى الكلمة الأولى" Select ["k"];
    CancelSelection "cancel-selection" "Selection: cancel"
        "التحديد: إلغاء" Select ["Esc"];
    Annotate "annotate" "Write a note on the selection"
        "كتابة ملاحظة على التحديد" Reader ["a"] Select ["a"];
    Label "label" "Label the selection, or the name at the cursor"
        "تصنيف التحديد، أو الاسم عند المؤشر" Reader ["l"] Select ["l"];
    CopySelection "copy-selection" "Copy the selection to the clipboard (OSC 52)"
        "نسخ التحديد إلى الحافظة (OSC 52)" Select ["y"];
    EditNote "edit-note" "Notes: edit the selected note"
        "الملاحظات: تحرير الملاحظة المحددة" Panel ["E"];
    DeleteNote "delete-note" "Notes: delete the selected annotation"
        "الملاحظات: حذف التعليق المحدد" Panel ["D"];
    UndoDelete "undo-delete" "Notes: undo a deletion, the last first"
        "الملاحظات: التراجع عن حذف، الأخير أولا" Panel ["u"];
    ToggleHelp "toggle-help" "Show or hide this help"
        "إظهار هذه المساعدة أو إخفاؤها" Reader ["h", "H"];
    Repaint "repaint" "Repaint the whole screen"
        "إعادة رسم الشاشة كلها" Reader ["r", "C-l"];
    Reread "reread" "Read the changed file again (less's R, :e)"
        "قراءة الملف المتغيّر من جديد (R في less، \u{200E}:e)" Reader ["R"];
    ShowPosition "show-position" "Show the file's name, lines and how far in (less's =)"
        "عرض اسم الملف وأسطره والموضع فيه (= في less)" Reader ["=", "C-g"];
    Follow "follow" "Follow a growing file (less's F): qari cannot, and says so"
        "متابعة ملف ينمو (F في less): لا يفعله قارئ، ويقول ذلك" Reader ["F"];
    CloseOverlay "close-overlay" "Close the help; give the focus back to the article"
        "إغلاق المساعدة؛ إعادة التركيز إلى المقال" Reader ["Esc"];
    Quit "quit" "Quit (the reading position is remembered)"
        "خروج (يُحفظ موضع القراءة)" Reader ["q", "C-c", "Q", "Z Z"];
    Suspend "suspend" "Stop and give the shell back (fg comes back)"
        "إيقاف مؤقت والعودة إلى الصدفة (fg للرجوع)" Reader ["C-z"];
}

/// Lines one notch of the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;

/// A name that is not an action's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown action {0:?}")]
pub struct UnknownAction(pub String);

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests;
