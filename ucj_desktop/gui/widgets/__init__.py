"""Widgets and helpers every screen shares: style, page pieces, banner, file dialogs,
questions, the eligibility panel."""
