"""The colours a status and a desil band have wherever they are charted: the dashboard's
charts and the printed reports' (hex strings; no Qt, no ReportLab, so both can import it)."""

from __future__ import annotations

from types import MappingProxyType

from ucj_desktop.domain.status import Status

# The way through, from grey drafts to green enrolments, then the two an officer must act on
# (the app's palette, resources/styles/app.qss). A cancelled record is charted nowhere.
STATUS_COLORS: MappingProxyType[Status, str] = MappingProxyType(
    {
        Status.DRAFT: "#c4d0d8",
        Status.SUBMITTED: "#8fc1d4",
        Status.VERIFIED: "#1a6a8c",
        Status.EXPORTED: "#6f5ba7",
        Status.ENROLLED: "#1b8a5a",
        Status.RETURNED: "#f4b400",
        Status.REJECTED: "#b3261e",
    }
)
CANCELLED_COLOR = "#7d8a93"  # only the printed roster charts cancelled records
PRIORITY_COLOR = "#0b4f6c"  # desils that come first for the quota
EXTENDED_COLOR = "#8fc1d4"  # desils admitted while the quota lasts
