//! Y1xx: an indicator across the years of `rakit compare`. The checks run in
//! [`crate::compare`], once the indicators of every year are matched into groups; each rule's
//! file here is its page and builds its message.

pub mod y101;
pub mod y102;
pub mod y103;
pub mod y104;
pub mod y105;
