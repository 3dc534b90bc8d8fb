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

    /// <summary>A reference-list entry's text, in parts for <c>items/bibliography-entry.html</c>: Bovaird, T. (2007) ‘Title’, <em>Journal</em>, 67(5), pp. 846–860.</summary>
    public static ReferenceEntryModel Entry(Reference r)
    {
        var names = r.Authors.Count > 0 ? r.Authors : r.Editors;
        var isPart = r.ContainerTitle is not null && r.Type is not ("book" or "report" or "thesis");
        string? within = null;
        if (isPart && r.Type is "chapter" or "paper-conference")
        {
            within = r.Authors.Count > 0 && r.Editors.Count > 0 ? $"in {JoinNames(r.Editors)} {EditorsMark(r.Editors)}" : "in";
        }

        var numbering = r.Volume is not null
            ? r.Issue is not null ? $"{r.Volume}({r.Issue})" : r.Volume
            : r.Issue is not null ? "no. " + r.Issue : null;
        var pages = r.Pages is not null && isPart
            ? (r.Pages.Contains('-') || r.Pages.Contains('–') ? "pp. " : "p. ") + r.Pages.Replace('-', '–')
            : null;
        // A journal's publisher (Google Scholar exports one) is not printed for an article by author-date styles.
        var publisher = string.Join(": ", new[] { r.PublisherPlace, r.Type == "article-journal" ? null : r.Publisher }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var note = r.Note?.TrimEnd('.');
        var edition = r.Edition is null ? null : EditionText(r.Edition);
        // The title block ends with whatever comes last of it; its full stop is left out after a '?' or '!' ("What is PB?").
        // Without author or editor the title comes first, and the year in brackets after it.
        var last = pages ?? numbering ?? (r.CollectionTitle is not null ? ")" : isPart ? r.ContainerTitle : r.ContainerTitle ?? (names.Count > 0 ? r.Title : ")"));
        return new ReferenceEntryModel(
            r,
            names.Count > 0 ? JoinNames(names) : null,
            names.Count > 0 && r.Authors.Count == 0 ? EditorsMark(names) : null,
            r.CitedYear,
            isPart,
            r.Title,
            within,
            r.ContainerTitle,
            r.CollectionTitle,
            numbering,
            pages,
            publisher.Length > 0 ? publisher : null,
            note,
            WebLink(r))
        {
            TitleStop = Stop(last),
            Edition = edition,
            PublisherStop = Stop(publisher),
            NoteStop = Stop(note),
        };
    }

    // The full stop that ends a sentence of an entry, or none when its text ends with one, or with '?' or '!'.
    private static string Stop(string? text)
    {
        var end = text?.TrimEnd('’', '”');
        return end is { Length: > 0 } && end[^1] is '.' or '?' or '!' ? "" : ".";
    }

    private static string EditorsMark(IReadOnlyList<Name> editors) => editors.Count == 1 ? "(ed.)" : "(eds.)";

    // A DOI is linked through doi.org; otherwise a web address, if it is one (never another scheme), with the date it was read.
    private static EntryLink? WebLink(Reference r)
    {
        if (r.Doi is not null)
        {
            var doi = r.Doi.Trim();
            return new EntryLink(null, "https://doi.org/" + Uri.EscapeDataString(doi).Replace("%2F", "/"), "doi:" + doi);
        }

        return r.Url is not null && Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new EntryLink("Available at:", uri.AbsoluteUri, r.Url) { Accessed = r.Accessed is null ? null : $"(Accessed: {r.Accessed.Written})" }
            : null;
    }

    // "2" gives "2nd edn", as Harvard styles write a numbered edition; a worded one ("Revised") stands as written.
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
