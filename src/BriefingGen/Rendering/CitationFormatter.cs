using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>Author-year (Harvard) text for citations and reference-list entries, as the seed papers use.</summary>
public static class CitationFormatter
{
    /// <summary>The names part of a citation: "Bovaird", "Needham and Carr", "Boyle et al.", the organisation, or the title.</summary>
    public static string Names(Reference reference)
    {
        var names = reference.Authors.Count > 0 ? reference.Authors : reference.Editors;
        return names.Count switch
        {
            0 => reference.Title,
            1 => names[0].Short,
            2 => $"{names[0].Short} and {names[1].Short}",
            _ => $"{names[0].Short} et al.",
        };
    }

    /// <summary>"Bovaird, 2007" (inside parentheses) or "2007" when the author is suppressed, with the locator after.</summary>
    public static string Parenthetical(Reference reference, bool suppressAuthor, string locator)
    {
        var text = suppressAuthor ? reference.CitedYear : $"{Names(reference)}, {reference.CitedYear}";
        return string.IsNullOrEmpty(locator) ? text : $"{text}, {locator}";
    }

    /// <summary>"Ostrom (1996)" or "Ostrom (1996, p. 12)".</summary>
    public static string Narrative(Reference reference, string locator) =>
        string.IsNullOrEmpty(locator)
            ? $"{Names(reference)} ({reference.CitedYear})"
            : $"{Names(reference)} ({reference.CitedYear}, {locator})";

    /// <summary>Sort key of a reference list: first author's name, year, suffix, title.</summary>
    public static string SortKey(Reference reference) =>
        $"{Names(reference).ToLowerInvariant()}\u0001{reference.CitedYear}\u0001{reference.Title.ToLowerInvariant()}";

    /// <summary>A reference-list entry in HTML (escaped): Bovaird, T. (2007) 'Title', <em>Journal</em>, 67(5), pp. 846–860.</summary>
    public static string EntryHtml(Reference r) => Entries.GetValue(r, Entry);

    // Every page that cites a work lists its entry, which depends on the work alone: made once per reference object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Reference, string> Entries = new();

    private static string Entry(Reference r)
    {
        var html = new StringBuilder();
        var names = r.Authors.Count > 0 ? r.Authors : r.Editors;
        if (names.Count > 0)
        {
            html.Append(Escape.Html(JoinNames(names)));
            if (r.Authors.Count == 0)
            {
                html.Append(names.Count == 1 ? " (ed.)" : " (eds.)");
            }

            html.Append(' ');
        }

        html.Append('(').Append(Escape.Html(r.CitedYear)).Append(") ");
        var isPart = r.ContainerTitle is not null && r.Type is not ("book" or "report" or "thesis");
        if (isPart)
        {
            html.Append('‘').Append(Escape.Html(r.Title)).Append("’, ");
            if (r.Type is "chapter" or "paper-conference" && r.Authors.Count > 0 && r.Editors.Count > 0)
            {
                html.Append("in ").Append(Escape.Html(JoinNames(r.Editors))).Append(r.Editors.Count == 1 ? " (ed.) " : " (eds.) ");
            }
            else if (r.Type is "chapter" or "paper-conference")
            {
                html.Append("in ");
            }

            html.Append("<em>").Append(Escape.Html(r.ContainerTitle)).Append("</em>");
        }
        else
        {
            html.Append("<em>").Append(Escape.Html(r.Title)).Append("</em>");
            if (r.ContainerTitle is not null)
            {
                html.Append(", ").Append(Escape.Html(r.ContainerTitle));
            }
        }

        if (r.CollectionTitle is not null)
        {
            html.Append(" (").Append(Escape.Html(r.CollectionTitle)).Append(')');
        }

        if (r.Volume is not null)
        {
            html.Append(", ").Append(Escape.Html(r.Volume));
            if (r.Issue is not null)
            {
                html.Append('(').Append(Escape.Html(r.Issue)).Append(')');
            }
        }
        else if (r.Issue is not null)
        {
            html.Append(", no. ").Append(Escape.Html(r.Issue));
        }

        if (r.Pages is not null && isPart)
        {
            html.Append(", ").Append(r.Pages.Contains('-') || r.Pages.Contains('–') ? "pp. " : "p. ").Append(Escape.Html(r.Pages.Replace('-', '–')));
        }

        EndSentence(html);
        if (r.Edition is not null)
        {
            html.Append(' ').Append(Escape.Html(EditionText(r.Edition)));
            EndSentence(html);
        }

        // A journal's publisher (Google Scholar exports one) is not printed for an article by author-date styles.
        var publisher = string.Join(": ", new[] { r.PublisherPlace, r.Type == "article-journal" ? null : r.Publisher }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        if (publisher.Length > 0)
        {
            html.Append(' ').Append(Escape.Html(publisher));
            EndSentence(html);
        }

        if (r.Note is not null)
        {
            html.Append(' ').Append(Escape.Html(r.Note.TrimEnd('.')));
            EndSentence(html);
        }

        if (r.Doi is not null)
        {
            var doi = r.Doi.Trim();
            html.Append(" <a href=\"https://doi.org/").Append(Escape.Html(Uri.EscapeDataString(doi).Replace("%2F", "/"))).Append("\">doi:")
                .Append(Escape.Html(doi)).Append("</a>");
        }
        else if (r.Url is not null && Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            html.Append(" Available at: <a href=\"").Append(Escape.Html(uri.AbsoluteUri)).Append("\">").Append(Escape.Html(r.Url)).Append("</a>");
            if (r.Accessed is not null)
            {
                html.Append(" (Accessed: ").Append(r.Accessed.Written).Append(")");
            }
        }

        return html.ToString();
    }

    // A sentence of the entry ends with a full stop, unless its text already ends with one, or with '?' or '!'
    // ("What is PB?" gives "What is PB?", not "What is PB?."). Closing tags and quotes are looked through.
    private static void EndSentence(StringBuilder html)
    {
        var i = html.Length - 1;
        while (i >= 0)
        {
            if (html[i] == '>' && LastIndexOf(html, '<', i) is var open and >= 0 && open + 1 < html.Length && html[open + 1] == '/')
            {
                i = open - 1;
            }
            else if (html[i] is '’' or '”')
            {
                i--;
            }
            else
            {
                break;
            }
        }

        if (i < 0 || html[i] is not ('.' or '?' or '!'))
        {
            html.Append('.');
        }
    }

    private static int LastIndexOf(StringBuilder text, char c, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (text[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    // "2" gives "2nd edn.", as Harvard styles write a numbered edition; a worded one ("Revised") stands as written.
    private static string EditionText(string edition)
    {
        var text = edition.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return $"{number}{suffix} edn";
        }

        return System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d+(st|nd|rd|th)$") ? text + " edn" : text;
    }

    private static string JoinNames(IReadOnlyList<Name> names)
    {
        var inverted = names.Select(n => n.Inverted).ToList();
        return inverted.Count switch
        {
            1 => inverted[0],
            _ => string.Join(", ", inverted[..^1]) + " and " + inverted[^1],
        };
    }
}
