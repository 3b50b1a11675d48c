/**
 * The page shell: one self-contained document. Its Content-Security-Policy
 * starts from default-src 'none' and allows only the inline stylesheet and
 * script by their SHA-256 hashes: nothing is fetched, and markup that got
 * into the page some other way could run nothing.
 */
import { createHash } from 'node:crypto';
import { html, scriptJson } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

export interface PageParts {
  /** Plain text; escaped here. */
  title: string;
  /** The page's body, already escaped HTML. */
  body: string;
  /** Data for machine readers, embedded as JSON (id "rocks-data"). */
  data: unknown;
  /** A wider page, for two reports side by side. */
  wide?: boolean;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy, for the page's <meta> and for tests that check it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function page(parts: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="rocks">
<title>${html(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page${parts.wide ? ' wide' : ''}">
${parts.body}
</div>
<script type="application/json" id="rocks-data">${scriptJson(parts.data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
