/**
 * The page the server sends at `/` (api/plugins/staticUi.ts serves dist/ui/index.html there and
 * the other files under /ui/). Static: the script sets the language and draws everything.
 */

export interface IndexAssets {
  /** Paths as the browser asks for them, e.g. /ui/app.js. */
  script: string;
  style: string;
}

export function indexHtml(a: IndexAssets): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wardsim</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${a.style}">
<script type="module" src="${a.script}"></script>
</head>
<body>
<div id="app"><noscript>wardsim needs JavaScript. / wardsim の画面には JavaScript が必要です。</noscript></div>
</body>
</html>
`;
}
