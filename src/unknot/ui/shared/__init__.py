"""Small pieces every screen uses: assets, dates, language, colours, text, sizes, work."""
