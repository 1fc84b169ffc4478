// The page every library is measured on: an ordinary app screen of about 3,000 elements (sticky header, sidebar,
// a scrolling activity panel, a long list of cards and a table), 1280×800. Static HTML, generated here, so no
// script runs before the library does. The tour's first target is at the top of the content; the second is
// about 3,600 px further down; the third a little below it; `#inner-target` sits inside the scroll container.

const words =
  'project report invoice team member settings billing usage export import archive review draft share'.split(' ');
const text = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');

/** @returns the page's HTML (without the library's scripts). */
export function pageHtml({ title = 'Benchmark page', head = '', body = '' } = {}) {
  const nav = Array.from({ length: 8 }, (_, i) => `<a href="#s${i}">${words[i]}</a>`).join('');
  const side = Array.from({ length: 80 }, (_, i) => `<li><a href="#c${i}">${text(i, 2)}</a></li>`).join('');
  const panel = Array.from(
    { length: 100 },
    (_, i) => `<div class="row"${i == 5 ? ' id="inner-target"' : ''}>Activity ${i}: ${text(i, 4)}</div>`,
  ).join('');
  const card = (i) =>
    `<article class="card"><h3>${text(i, 3)}</h3><p>${text(i, 18)}</p><ul><li>${text(i + 1, 3)}</li><li>${text(i + 2, 3)}</li></ul><div class="actions"><button${i == 0 ? ' id="first"' : i == 16 ? ' id="far"' : i == 18 ? ' id="third"' : ''}>Open</button><button>Share</button><a href="#c${i}">Details</a></div></article>`;
  const cards = Array.from({ length: 60 }, (_, i) => card(i)).join('');
  const rows = Array.from(
    { length: 250 },
    (_, i) =>
      `<tr><td>${i}</td><td>${text(i, 2)}</td><td>${text(i + 3, 1)}</td><td><span class="tag">${words[i % 5]}</span></td><td><button>Edit</button></td></tr>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{margin:0;font:14px/1.5 system-ui,sans-serif;color:#222}
header{position:sticky;top:0;z-index:5;display:flex;gap:16px;align-items:center;padding:12px 24px;background:#fff;border-bottom:1px solid #ddd}
header nav{display:flex;gap:12px}
.layout{display:grid;grid-template-columns:220px 1fr 320px;gap:24px;padding:24px}
aside ul{list-style:none;margin:0;padding:0}
aside li{padding:4px 0}
.card{padding:16px;margin:0 0 16px;border:1px solid #e3e3e3;border-radius:8px}
.card h3{margin:0 0 8px}
.actions{display:flex;gap:8px}
#scroller{height:300px;overflow:auto;border:1px solid #ddd;border-radius:8px}
.row{padding:8px 12px;border-bottom:1px solid #eee}
table{border-collapse:collapse;width:100%}
td{padding:6px;border-bottom:1px solid #eee}
.tag{padding:0 6px;border-radius:4px;background:#eef}
</style>
${head}
</head>
<body>
<header><strong>Acme</strong><nav>${nav}</nav><button>Account</button></header>
<div class="layout">
<aside><ul>${side}</ul></aside>
<main>${cards}<table>${rows}</table></main>
<section><h2>Activity</h2><div id="scroller">${panel}</div></section>
</div>
${body}
</body>
</html>`;
}
