/// The brief's only styles. On screen it is a card like the summary; in print it is two
/// columns on one sheet, in type as large as the sheet allows (`BriefPrintSize` picks it).
/// `@page` sets margins but no size, so the same file prints on Letter or A4. To stay on one
/// sheet whatever the user wrote, every answer is cut to a few lines in print with a line
/// clamp (and lists to `BriefHTML.printedItemLimit` items) rather than spilling onto a second
/// page: the full text is in the summary export.
enum BriefHTMLStyle {
  static func css(printPoints: Double) -> String {
    """

    :root { color-scheme: light; }
    body { margin: 0; background: #f4f4f1; color: #1d1d1b;
      font: 15px/1.45 "Source Serif Pro", Georgia, "DejaVu Serif", serif; }
    main { max-width: 58rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff;
      box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
    h1, h2, .byline, dt, .figure, .terms {
      font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
    header { border-bottom: 2px solid #2f5d50; margin-bottom: 1rem; }
    h1 { font-size: 1.5rem; margin: 0; }
    .byline { margin: .1rem 0 .5rem; color: #5b5b57; }
    time { white-space: nowrap; }
    .sections { columns: 2; column-gap: 2.2rem; }
    section { break-inside: avoid; margin: 0 0 .9rem; }
    h2 { font-size: .8rem; margin: 0 0 .2rem; color: #2f5d50; text-transform: uppercase;
      letter-spacing: .04em; }
    p { margin: 0; }
    .answer, li span, .reason { white-space: pre-wrap; overflow-wrap: anywhere; }
    .openingLine .answer { font-style: italic; }
    .calmLine .answer { font-weight: 600; }
    .note { color: #77776f; font-style: italic; }
    ul, ol { margin: 0; padding-left: 1.2rem; }
    .more { display: none; color: #77776f; font-style: italic; }
    .rungs { margin: 0; }
    .rungs div { display: grid; grid-template-columns: 1fr auto; column-gap: .6rem;
      padding: .15rem 0; border-bottom: 1px solid #e4e4df; }
    dt { font-size: .85rem; color: #3b3b38; }
    dd { margin: 0; }
    .figure { font-weight: 700; font-variant-numeric: tabular-nums; text-align: right; }
    .reason { grid-column: 1 / -1; color: #3b3b38; }
    .advice { margin-top: .3rem; font-weight: 600; }
    .warnings { list-style: none; padding: 0; margin-top: .3rem; }
    .warnings li { border-left: 3px solid #b26b00; padding-left: .5rem; margin-top: .2rem;
      color: #6b4100; }
    footer { border-top: 1px solid #c9c9c2; padding-top: .4rem; color: #5b5b57; }
    .terms { list-style: none; padding: 0; font-size: .8rem; }
    .terms li { display: inline; }
    .terms li + li::before { content: " · "; }
    @media (max-width: 40rem) { .sections { columns: 1; } }
    @page { margin: 9mm 11mm; }
    @media print {
      body { background: #fff; font-size: \(DecimalText.plain(printPoints))pt;
        line-height: \(DecimalText.plain(BriefPrintSize.lineHeight)); }
      main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      h1 { font-size: 1.45em; }
      h2, dt, .terms { font-size: \(DecimalText.plain(BriefPrintSize.headingScale))em; }
      header { margin-bottom: 3mm; }
      /* Each section is read whole, so none breaks across the columns; the browser balances
         the two, and the margin keeps the last lines off the footer's rule. */
      .sections { column-gap: 7mm; margin-bottom: 4mm; }
      section { margin-bottom: 2.2mm; break-inside: avoid; }
      .byline, .answer, li span, .reason, .warnings li { display: -webkit-box;
        -webkit-box-orient: vertical; overflow: hidden; -webkit-line-clamp: 4; }
      .valueStatement .answer { -webkit-line-clamp: 5; }
      .byline, li span, .reason { -webkit-line-clamp: 2; }
      .warnings li, .economics li span { -webkit-line-clamp: 3; }
      .replies li span { -webkit-line-clamp: 3; }
      li.extra { display: none; }
      .more { display: block; }
    }

    """
  }
}
