//! Values as people type them (stub: being written).
