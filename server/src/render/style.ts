// The stylesheets of the rendering. One set of rules on a few custom properties; the editor's
// theme fills them from VS Code's CSS variables (light, dark and high contrast, and the themable
// cable.classification.* colours), the exported file from a light palette of its own, with a
// print stylesheet that repeats the banner at the top and the foot of every page.

const RULES = `
.cable{max-width:62rem;margin:0 auto;padding:0 1rem 1rem;color:var(--fg);font-family:var(--font);line-height:1.5;overflow-wrap:break-word}
.lvl-u{--lvl:var(--lvl-u)}.lvl-c{--lvl:var(--lvl-c)}.lvl-s{--lvl:var(--lvl-s)}.lvl-ts{--lvl:var(--lvl-ts)}.lvl-none{--lvl:var(--muted)}
.banner{display:block;text-align:center;font-weight:700;letter-spacing:.08em;padding:.2rem .5rem;background:var(--lvl);color:var(--on-level);border:1px solid var(--lvl)}
.banner-top{margin-bottom:.5rem}.banner-bottom{margin-top:1.5rem}
.banner-note{font-weight:400;letter-spacing:normal}
.title{font-size:1.45rem;line-height:1.3;margin:.75rem 0 .25rem}
.facts{color:var(--muted);margin:.25rem 0 1rem}
.cable-id{font-weight:700;color:var(--fg)}
.card{border:1px solid var(--border);border-radius:6px;padding:.25rem 1rem .5rem;margin:1rem 0;background:var(--card)}
.card-title{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.35rem 0}
.fields{margin:0}
.field{display:grid;grid-template-columns:9.5rem minmax(0,1fr);column-gap:1rem;padding:.3rem 0;border-top:1px solid var(--border)}
.field dt{font-weight:600}
.field dd{margin:0;min-width:0}
.field.unread dt{color:var(--muted);font-weight:400}
.classline{border-left:4px solid var(--lvl);padding-left:.5rem}
pre.written{margin:0;white-space:pre-wrap;font-family:var(--mono);font-size:.9em;color:var(--fg)}
.reading{margin-top:.1rem}
.reading ul{margin:.1rem 0;padding-left:1.25rem}
code{font-family:var(--mono);font-size:.9em;background:var(--code-bg);padding:0 .2em;border-radius:3px}
.unknown{font-style:italic;color:var(--muted)}
.unknown::before{content:"\\2047\\00a0"}
.badge{display:inline-block;border:1px solid currentColor;border-radius:4px;padding:0 .4em;font-size:.8em;font-weight:700;letter-spacing:.03em;line-height:1.5;vertical-align:baseline}
.level{color:inherit}
.classline .level{color:var(--lvl)}
.chips{list-style:none;margin:.2rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
.chip{border:1px solid var(--border);border-radius:1rem;padding:.05rem .6rem;background:var(--bg)}
.ref-letter{font-weight:700}
a.ref-link{color:var(--link)}
.para{border-left:3px solid var(--lvl);padding-left:.75rem;margin:.9rem 0}
.para.lvl-none{border-left-color:transparent}
.para p,.plain p{margin:.4rem 0}
.num{font-weight:700}
.pm{color:var(--lvl);font-weight:700;text-decoration:none;cursor:help}
.sub-label{font-weight:700}
.marker{font-weight:700;letter-spacing:.03em}
.block{border:1px solid var(--border);border-radius:6px;padding:.1rem 1rem;margin:1rem 0;background:var(--card)}
.block-label{text-transform:uppercase;font-size:.75rem;font-weight:700;letter-spacing:.06em;color:var(--muted);margin:.4rem 0 0}
.break{text-align:center;color:var(--muted);border-top:1px dashed var(--border);padding-top:.2rem;font-size:.85em}
.break .written{font-family:var(--mono)}
.heading{font-size:1.05rem;margin:1.2rem 0 .4rem}
.signature{font-weight:700;margin-top:1.5rem}
.preamble,.trailer{color:var(--muted);margin:.5rem 0}
.preamble pre.written,.trailer pre.written{color:var(--muted)}
.note{font-size:.9em;color:var(--muted);margin:.2rem 0}
.note-label{font-weight:600}
@media (max-width:32rem){.field{grid-template-columns:minmax(0,1fr)}}
`;

/** In the editor: VS Code's theme variables, which the webview receives and updates on theme change;
 * room below the end, so that the last lines can be scrolled to the top as in the editor. */
const EDITOR = `
:root{--fg:var(--vscode-editor-foreground);--bg:var(--vscode-editor-background);--muted:var(--vscode-descriptionForeground);
--border:var(--vscode-widget-border,var(--vscode-editorWidget-border,rgba(128,128,128,.35)));--card:var(--vscode-editorWidget-background,transparent);
--code-bg:var(--vscode-textCodeBlock-background);--link:var(--vscode-textLink-foreground);
--lvl-u:var(--vscode-cable-classification-unclassified,#1A7F37);--lvl-c:var(--vscode-cable-classification-confidential,#0B5CAD);
--lvl-s:var(--vscode-cable-classification-secret,#C62828);--lvl-ts:var(--vscode-cable-classification-topSecret,#B85A00);
--on-level:var(--vscode-editor-background);--font:var(--vscode-font-family);--mono:var(--vscode-editor-font-family,monospace)}
body{background:var(--bg);margin:0;padding:0}
.cable{padding-bottom:70vh}
.vscode-high-contrast .card,.vscode-high-contrast .block,.vscode-high-contrast .field,.vscode-high-contrast .chip{border-color:var(--vscode-contrastBorder)}
.vscode-high-contrast .banner{outline:1px solid var(--vscode-contrastBorder)}
`;

/** The exported file's level colours, for the page and for the printed page's margins. */
const EXPORT_LEVELS = { UNCLASSIFIED: '#1A7F37', CONFIDENTIAL: '#0B5CAD', SECRET: '#C62828', 'TOP SECRET': '#9A4A00' } as const;

/** In an exported file: a light palette of its own, then the print rules. */
const EXPORT = `
:root{--fg:#1f2328;--bg:#fff;--muted:#57606a;--border:#d0d7de;--card:#f6f8fa;--code-bg:#eaeef2;--link:#0550ae;
--lvl-u:${EXPORT_LEVELS.UNCLASSIFIED};--lvl-c:${EXPORT_LEVELS.CONFIDENTIAL};--lvl-s:${EXPORT_LEVELS.SECRET};--lvl-ts:${EXPORT_LEVELS['TOP SECRET']};--on-level:#fff;
--font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace}
body{background:var(--bg);margin:0}
@media print{
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{background:#fff}
.cable{max-width:none;padding:0}
.banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.banner-note{display:none}
.para,.field,.break{break-inside:avoid-page}
.card,.block{background:none}
a.ref-link{color:inherit}
}
`;

export const EDITOR_STYLE = RULES + EDITOR;
export const EXPORT_STYLE = RULES + EXPORT;

/**
 * The banner in the top and bottom margin of every printed page (CSS page margin boxes); the
 * banners at the start and the end of the text stay for browsers that print no margin boxes.
 */
export function printBanner(level: keyof typeof EXPORT_LEVELS | null, text: string): string {
  const colour = level === null ? '#57606a' : EXPORT_LEVELS[level];
  const box = `content:"${text.replace(/["\\\n]/g, ' ')}";color:#fff;background:${colour};font:700 10pt system-ui,sans-serif;letter-spacing:.08em;text-align:center;vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact`;
  return `@page{margin:18mm 14mm;@top-center{${box};margin:6mm 0 4mm}@bottom-center{${box};margin:4mm 0 6mm}}`;
}
