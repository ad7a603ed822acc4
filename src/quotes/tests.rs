//! Rule tests written in a small markup.
