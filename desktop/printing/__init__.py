"""Printed output: certificates and progress reports with ReportLab (no Qt here, so the command
line and the tests print without a screen)."""
