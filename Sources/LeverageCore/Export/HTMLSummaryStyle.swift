/// The page's only styles. Print rules keep a question with its answer and a heading with
/// what follows, and let a long answer break across pages; `@page` leaves the paper size to
/// the browser so A4 and Letter both fit.
enum HTMLSummaryStyle {
  static let css = """

    :root { color-scheme: light; }
    body { margin: 0; background: #f4f4f1; color: #1d1d1b;
      font: 15px/1.5 "Source Serif Pro", Georgia, "DejaVu Serif", serif; }
    main { max-width: 46rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff;
      box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
    h1, h2, h3, .byline, .label { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.7rem; margin: 0; }
    .byline { margin: .2rem 0 1.5rem; color: #5b5b57; }
    h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem;
      border-bottom: 2px solid #2f5d50; color: #2f5d50; }
    h3 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
    .entry { margin: 0 0 .7rem; }
    .label { margin: 0; font-weight: 600; font-size: .9rem; color: #3b3b38; }
    .answer { margin: .1rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    .note { margin: .1rem 0 0; color: #77776f; font-style: italic; }
    ul, ol { margin: .2rem 0 0; padding-left: 1.4rem; }
    li { white-space: pre-wrap; overflow-wrap: anywhere; }
    .figures { font-variant-numeric: tabular-nums; }
    .checklist { list-style: none; padding-left: .2rem; }
    .checklist li { padding-left: 1.6rem; position: relative; }
    .checklist li::before { content: ""; position: absolute; left: 0; top: .3em;
      width: .85em; height: .85em; border: 1.5px solid #2f5d50; border-radius: 2px; }
    .checklist li.done::before { content: "✓"; font: bold .8em/1.05 sans-serif;
      text-align: center; color: #2f5d50; }
    .offers { width: 100%; margin: .3rem 0 0; border-collapse: collapse;
      font-variant-numeric: tabular-nums; font-size: .92em; }
    .offers th, .offers td { padding: .2rem .45rem; border-bottom: 1px solid #e4e4df;
      text-align: right; vertical-align: top; overflow-wrap: anywhere; }
    .offers th { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
    .offers thead th { vertical-align: bottom; border-bottom: 2px solid #2f5d50; }
    .offers th[scope="row"] { text-align: left; font-weight: 600; color: #3b3b38; }
    .offers .leads { font-weight: 700; }
    .offers .mark { font: 600 .62rem "Helvetica Neue", Arial, sans-serif; letter-spacing: .04em;
      text-transform: uppercase; color: #2f5d50; }
    .offers .total th, .offers .total td { border-top: 1.5px solid #2f5d50; font-weight: 700; }
    .actions .status { color: #5b5b57; }
    .actions .status::before { content: "· "; }
    .actions .urgent .status { color: #9a3b00; font-weight: 700; }
    @page { margin: 14mm 15mm; }
    @media print {
      body { background: #fff; font-size: 10.5pt; line-height: 1.4; }
      main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      h2 { margin-top: 1.3rem; }
      .entry { margin-bottom: .55rem; }
      /* A heading or a question stays with what follows it; a long answer may run on to the
         next page rather than leave most of this one empty. */
      h2, h3, .label { break-after: avoid; }
      p, li { orphans: 3; widows: 3; }
      li, tr { break-inside: avoid; }
      /* A table that runs on to the next page shows the offers' names again there. */
      .offers thead { display: table-header-group; }
    }

    """
}
