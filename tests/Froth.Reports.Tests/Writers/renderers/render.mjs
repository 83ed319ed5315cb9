// Reads Markdown on stdin and prints {"markdownIt": HTML, "marked": HTML} as each renderer renders it with its
// defaults (markdown-it with html: true, as many sites do; marked with GFM on, its default).
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const markdownIt = new MarkdownIt({ html: true }).render(input);
const markedHtml = marked.parse(input, { gfm: true });
process.stdout.write(JSON.stringify({ markdownIt, marked: markedHtml }));
