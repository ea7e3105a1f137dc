//! Fact-check reports: Markdown and W3C Web Annotation JSON.
