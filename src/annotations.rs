//! Claims and highlights, their anchors, the RON sidecar and undo history.
