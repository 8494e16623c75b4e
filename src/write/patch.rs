//! Patching an xlsx package (stub: being written).
