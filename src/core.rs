//! The text and what is computed from it, with no terminal and no I/O: the
//! document model, the layout cache that maps logical offsets to screen
//! lines, search, editable text, the words near a point (for the
//! selection's motions), the `:` command line's grammar, the
//! streaming paragraph reader, what an input's warnings and failures are
//! (`notice`), and the pure decision of how Arabic is sent to the terminal
//! found. Nothing here imports from a layer above
//! (`reader`, `store`, `ui`, `shell`, `commands`).

pub mod article;
pub mod chunks;
pub mod cmdline;
pub mod color;
pub mod compat;
pub mod document;
pub mod notice;
pub mod pager_text;
pub mod paragraphs;
pub mod render;
pub mod search;
pub mod terminal;
pub mod textinput;
pub mod view;
pub mod words;
