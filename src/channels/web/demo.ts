// GET /webchat/: a sample Portal MG service page with the widget, for staff and developers to try the channel
// (and for the browser tests). Its own CSP is strict: scripts, styles and calls from this origin only, nothing
// inline. It states no fee, address or deadline: those come from the catalogue, through the chat.

/** The CSP of the demo page: what a host page with the widget needs when the widget is on its own origin. */
export const DEMO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Services the demo links to, to try deep links (data-service). */
const SAMPLES: readonly { id: string; label: string }[] = [
  { id: 'cnh-renovacao', label: 'Renovação da CNH' },
  { id: 'cin-2a-via', label: 'Carteira de Identidade Nacional – 2ª via' },
  { id: 'ipva', label: 'IPVA' },
  { id: 'agendamento-uai', label: 'Agendamento na UAI' },
];

/** The service a demo page opens on by default. */
export const DEMO_SERVICE = 'cnh-renovacao';

/** Is this a well-formed service id (the catalogue's rule)? */
export function isServiceId(id: string): boolean {
  return id.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The demo page for a service id (already checked with isServiceId). */
export function demoPage(service: string): string {
  const sample = SAMPLES.find((s) => s.id === service);
  const title = sample ? sample.label : 'Página de serviço';
  const others = SAMPLES.filter((s) => s.id !== service)
    .map((s) => `<li><a href="./?servico=${escape(s.id)}">${escape(s.label)}</a></li>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="pt-BR">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)} — demonstração do Atende</title>
  <link rel="stylesheet" href="demo.css">
  <script src="widget.js" data-service="${escape(service)}" defer></script>
</head>
<body>
  <a class="pular" href="#conteudo">Ir para o conteúdo</a>
  <header class="topo">
    <p class="marca">Portal MG <span>· página de demonstração</span></p>
  </header>
  <main id="conteudo">
    <nav aria-label="Você está em">
      <ol class="trilha"><li>Início</li><li>Serviços</li><li aria-current="page">${escape(title)}</li></ol>
    </nav>
    <h1>${escape(title)}</h1>
    <p class="aviso">Esta página imita uma página de serviço do Portal MG para experimentar o <strong>Atende</strong>, o assistente virtual do Governo de Minas Gerais. As informações oficiais de cada serviço estão em <a href="https://www.mg.gov.br/">www.mg.gov.br</a>.</p>
    <h2>Tire suas dúvidas com o Atende</h2>
    <p>Use o botão “Dúvidas? Fale com o Atende”, no canto inferior da tela. A conversa começa neste serviço (<code>${escape(service)}</code>); você pode perguntar sobre qualquer outro, por exemplo “perdi meu RG”.</p>
    <h2>Outras páginas de serviço</h2>
    <ul>
        ${others}
    </ul>
  </main>
  <footer class="rodape">
    <p>Governo de Minas Gerais · Atendimento por telefone: LigMinas 155</p>
  </footer>
</body>
</html>
`;
}

/** The demo page's styles (served as /webchat/demo.css: the CSP allows no inline style). */
export const DEMO_CSS = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff}
a{color:#0c326f}
a:focus-visible{outline:3px solid #0c326f;outline-offset:2px}
.pular{position:absolute;left:-999em}
.pular:focus{left:1rem;top:1rem;padding:.5rem;background:#fff}
.topo{background:#0c326f;color:#fff;padding:1rem 1.5rem}
.marca{margin:0;font-weight:700;font-size:1.25rem}
.marca span{font-weight:400;font-size:1rem}
main{max-width:48rem;margin:0 auto;padding:1rem 1.5rem 8rem}
.trilha{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:0 0 1rem;font-size:.9rem;color:#444}
.trilha li+li::before{content:"›";margin-right:.5rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem;color:#0c326f}
.aviso{padding:1rem;border-left:4px solid #1351b4;background:#f0f4fa}
code{font-size:.95em;overflow-wrap:anywhere}
.rodape{padding:1rem 1.5rem;background:#f0f0f0;color:#333;font-size:.9rem}
.rodape p{margin:0}
`;
