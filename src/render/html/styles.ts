/**
 * The one style sheet of rendered documents: system fonts only, no external resources,
 * readable on screen, and print rules (A4 margins, no breaks inside rows, notes or signatures,
 * the signature block on a page of its own). Every selector is scoped under `.ip-document` so a
 * fragment can be embedded in a host page.
 *
 * @internal
 * @module
 */
export const DOCUMENT_CSS = `
.ip-document{--ip-ink:#1d2433;--ip-muted:#5b6472;--ip-line:#d5dae1;--ip-soft:#f4f6f9;--ip-accent:#2456a6;--ip-private:#8a3b12;--ip-private-bg:#fff4ec;
  font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;
  color:var(--ip-ink);background:#fff;line-height:1.5;font-size:15px;max-width:60rem;margin:0 auto;padding:2rem 1.5rem;box-sizing:border-box;
  overflow-wrap:break-word;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.ip-document *,.ip-document *::before,.ip-document *::after{box-sizing:border-box}
.ip-document h1{font-size:1.7rem;line-height:1.25;margin:0 0 .25rem}
.ip-document h2{font-size:1.25rem;margin:0 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--ip-accent);color:var(--ip-accent)}
.ip-document h3{font-size:1.05rem;margin:1.1rem 0 .5rem}
.ip-document h4,.ip-document h5,.ip-document h6{font-size:.95rem;margin:.9rem 0 .4rem}
.ip-document p{margin:.4rem 0}
.ip-document .ip-text{white-space:pre-line}
.ip-document .ip-subtitle{color:var(--ip-muted);margin:0 0 .75rem;font-size:1.05rem}
.ip-document .ip-audience{margin:.5rem 0 1rem;padding:.5rem .75rem;border-inline-start:4px solid var(--ip-accent);background:var(--ip-soft)}
.ip-document .ip-audience--private{border-inline-start-color:var(--ip-private);background:var(--ip-private-bg);color:var(--ip-private);font-weight:600}
.ip-document .ip-header{margin-bottom:1.5rem}
.ip-document .ip-section{margin:0 0 1.75rem}
.ip-document .ip-subsection{margin:0 0 .75rem}
.ip-document .ip-muted{color:var(--ip-muted)}
.ip-document .ip-facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.2rem 1rem;margin:.5rem 0}
.ip-document .ip-facts>div{display:contents}
.ip-document .ip-facts dt{font-weight:600;color:var(--ip-muted)}
.ip-document .ip-facts dd{margin:0}
.ip-document .ip-facts--summary{grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.5rem 1rem;padding:.75rem;background:var(--ip-soft);border-radius:6px}
.ip-document .ip-facts--summary>div{display:block}
.ip-document .ip-facts--summary dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
.ip-document ul,.ip-document ol{margin:.4rem 0;padding-inline-start:1.4rem}
.ip-document li{margin:.15rem 0}
.ip-document .ip-table-wrap{width:100%;overflow-x:auto;margin:.5rem 0}
.ip-document table{width:100%;border-collapse:collapse;font-size:.9rem}
.ip-document th,.ip-document td{border:1px solid var(--ip-line);padding:.35rem .5rem;text-align:start;vertical-align:top}
.ip-document th{background:var(--ip-soft);font-weight:600}
.ip-document td{overflow-wrap:break-word}
.ip-document table[data-table="check-in-dates"],.ip-document table[data-table="phases"]{width:auto;min-width:50%}
.ip-document th{overflow-wrap:normal;word-break:keep-all}
.ip-document td.ip-num,.ip-document th.ip-num{text-align:end}
.ip-document td.ip-num{white-space:nowrap}
.ip-document table[data-table="goals"] td.ip-num{white-space:normal}
.ip-document .ip-note{margin:.5rem 0;padding:.5rem .75rem;border-radius:6px;background:var(--ip-soft)}
.ip-document .ip-note--private{background:var(--ip-private-bg);border:1px dashed var(--ip-private)}
.ip-document .ip-statement{font-style:italic;color:var(--ip-muted)}
.ip-document .ip-signatures{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;margin-top:.75rem}
.ip-document .ip-signature{border:1px solid var(--ip-line);border-radius:6px;padding:.75rem}
.ip-document .ip-signature-role{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--ip-muted)}
.ip-document .ip-signature-name{font-weight:600}
.ip-document .ip-signature-line{margin-top:1.75rem;border-top:1px solid var(--ip-ink);padding-top:.2rem;font-size:.85rem;color:var(--ip-muted)}
.ip-document .ip-signature-comment{margin-top:.5rem;font-size:.9rem}
.ip-document .ip-chart{margin:.75rem 0}
.ip-document .ip-chart svg{direction:ltr;display:block;width:100%;height:auto;max-width:100%}
.ip-document .ip-chart svg.ip-chart-svg--compact{max-width:20rem}
.ip-document .ip-chart-caption{margin-top:.3rem;font-size:.85rem;color:var(--ip-muted)}
.ip-document .ip-footer{margin-top:2rem;padding-top:.5rem;border-top:1px solid var(--ip-line);color:var(--ip-muted);font-size:.85rem}
@media (max-width:40rem){.ip-document{padding:1rem .75rem;font-size:14px}.ip-document .ip-facts{grid-template-columns:1fr}}
@page{size:A4;margin:16mm 14mm}
@media print{
  .ip-document{max-width:none;padding:0;font-size:10pt}
  .ip-document h2,.ip-document h3,.ip-document h4{break-after:avoid;page-break-after:avoid}
  .ip-document tr,.ip-document .ip-note,.ip-document .ip-signature,.ip-document .ip-chart,.ip-document .ip-facts{break-inside:avoid;page-break-inside:avoid}
  .ip-document thead{display:table-header-group}
  .ip-document .ip-table-wrap{overflow:visible}
  .ip-document table{font-size:8.5pt}
  .ip-document th,.ip-document td{padding:.2rem .3rem}
  .ip-document td.ip-num{white-space:normal}
  .ip-document th{word-break:normal;hyphens:auto}
  .ip-document .ip-section[data-section="formalising"]{break-before:page;page-break-before:always}
}
`;
