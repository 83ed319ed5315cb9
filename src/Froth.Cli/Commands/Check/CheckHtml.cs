using System.Net;
using System.Text;
using Froth.Claims;

namespace Froth.Cli.Commands.Check;

/// <summary>
/// The HTML of <c>froth check</c>: one self-contained page (no scripts, no external files) with the article's text,
/// each claim highlighted by verdict, and its evidence beside it (below it on a narrow screen). Every text is escaped.
/// </summary>
internal static class CheckHtml
{
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#222;background:#fff}
        main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;max-width:72rem;margin:auto}
        @media (max-width:48rem){main{grid-template-columns:1fr}}
        .article{white-space:pre-wrap}
        mark{padding:0 .1em;border-radius:.2em}
        .supported{background:#c8f0c8}.contradicted{background:#f7c1c1}.unverifiable{background:#e4e4e4}.ambiguous{background:#f9e3a3}
        aside section{border-left:.3em solid #999;padding:.2rem .6rem;margin:0 0 .8rem}
        aside section.supported{border-color:#2a8a2a;background:none}aside section.contradicted{border-color:#b22;background:none}
        aside section.ambiguous{border-color:#b80;background:none}aside section.unverifiable{background:none}
        aside ul{margin:.2rem 0;padding-left:1.1rem;font-size:.9em}
        sup{font-size:.7em}
        """;

    public static string Render(string text, CheckResult result)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<title>Claims checked as of ").Append(result.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        sb.Append("<h1>Claims checked as of ").Append(result.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</h1>\n<main><div class=\"article\">");
        var at = 0;
        var n = 0;
        foreach (var c in result.Claims.OrderBy(c => c.Start))
        {
            n++;
            if (c.Start < at || c.End > text.Length)
            {
                continue; // overlapping spans are highlighted once
            }

            sb.Append(E(text[at..c.Start]));
            sb.Append("<mark class=\"").Append(Class(c.Verdict)).Append("\" title=\"").Append(E(c.Verdict.ToString().ToLowerInvariant())).Append("\"><a href=\"#c").Append(n).Append("\">")
                .Append(E(text[c.Start..c.End])).Append("</a><sup>").Append(n).Append("</sup></mark>");
            at = c.End;
        }

        sb.Append(E(text[at..])).Append("</div>\n<aside>");
        n = 0;
        foreach (var c in result.Claims.OrderBy(c => c.Start))
        {
            n++;
            sb.Append("<section id=\"c").Append(n).Append("\" class=\"").Append(Class(c.Verdict)).Append("\"><b>").Append(n).Append(". ").Append(E(c.Verdict.ToString().ToLowerInvariant())).Append("</b>: ")
                .Append(E(c.Text)).Append("<ul><li>subject: ").Append(E(c.Subject ?? "none")).Append("</li><li>stated: ").Append(E(c.Stated)).Append("</li>");
            if (c.Computed is { } computed)
            {
                sb.Append("<li>computed: ").Append(E(computed)).Append("</li>");
            }

            sb.Append("<li>rule: ").Append(E(c.Rule)).Append("</li>");
            if (c.Reason is { } reason)
            {
                sb.Append("<li>reason: ").Append(E(reason)).Append("</li>");
            }

            foreach (var e in c.Evidence)
            {
                sb.Append("<li>").Append(E(e)).Append("</li>");
            }

            sb.Append("</ul></section>\n");
        }

        sb.Append("</aside></main></body></html>\n");
        return sb.ToString();
    }

    private static string Class(ClaimVerdict v) => v.ToString().ToLowerInvariant();

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
