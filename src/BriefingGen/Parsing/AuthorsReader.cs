using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>
/// Reads an <c>authors</c> list (a page's, a definition's): each entry a name, or a mapping
/// <c>{name, family, affiliation, url, orcid}</c>; one entry alone may stand without the list.
/// </summary>
public static partial class AuthorsReader
{
    public static MapShape Keys { get; } = new("an author", "An author given with more than a name: where they work, their web page, their ORCID iD.",
    [
        new("name", ValueKind.Text, "The name as it is shown, such as 'Maria Oliveira'.") { Required = true },
        new("family", ValueKind.Text, "The part of the name a citation lists first, when it is not the last word ('de Sousa Santos'); the whole name of an organisation."),
        new("affiliation", ValueKind.Text, "Where they work, such as 'University of Porto'."),
        new("url", ValueKind.Text, "Their web page: an https:// (or http://, or mailto:) address."),
        new("orcid", ValueKind.Text, "Their ORCID iD, 0000-0002-1825-0097 or https://orcid.org/0000-0002-1825-0097."),
    ]);

    /// <summary>A key definition for an <c>authors</c> list, described for its owner.</summary>
    public static KeyDefinition Key(string description) => new("authors", ValueKind.TextOrMapList, description) { Entries = Keys };

    public static IReadOnlyList<Author> Read(YamlMap map, string key = "authors")
    {
        var authors = new List<Author>();
        foreach (var entry in map.TextOrMapList(key))
        {
            if (entry.Text is { } text)
            {
                if (text.Value.Trim().Length > 0)
                {
                    authors.Add(new Author(text.Value.Trim()));
                }
            }
            else if (ReadMap(entry.Map!) is { } author)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    private static Author? ReadMap(YamlMap map)
    {
        var name = map.String("name", required: true, owner: "an author written as a mapping");
        var family = map.String("family");
        var affiliation = map.String("affiliation");
        var url = map.LocatedString("url");
        var orcid = map.LocatedString("orcid");
        map.ReportUnknownKeys(Keys);
        if (name is null)
        {
            return null;
        }

        return new Author(name.Trim())
        {
            Family = string.IsNullOrWhiteSpace(family) ? null : family.Trim(),
            Affiliation = string.IsNullOrWhiteSpace(affiliation) ? null : affiliation.Trim(),
            Url = url is null ? null : CheckedUrl(url, map.Diagnostics),
            Orcid = orcid is null ? null : CheckedOrcid(orcid, map.Diagnostics),
        };
    }

    // The address is written into an href: a script or document address is refused as it is in a Markdown link.
    private static string? CheckedUrl(Located<string> url, DiagnosticBag diagnostics)
    {
        var text = url.Value.Trim();
        if (Urls.UnsafeUrl.IsUnsafe(text, out var scheme))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeUrl, url.Span,
                $"a {scheme}: address runs code or hides a document in every reader's browser, so it is not allowed as an author's 'url'; give their web page, https://...");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, url.Span,
                $"an author's 'url' must be a whole web address, https://example.org/people/maria (or mailto:maria@example.org), not '{text}'");
            return null;
        }

        return text;
    }

    /// <summary>The bare iD of an ORCID written bare or as its link, or null when it is not one (its check digit included).</summary>
    public static string? Orcid(string written)
    {
        var match = OrcidPattern().Match(written.Trim());
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value.ToUpperInvariant();
        return CheckDigit(id.Replace("-", "")[..15]) == id[^1] ? id : null;
    }

    private static string? CheckedOrcid(Located<string> orcid, DiagnosticBag diagnostics)
    {
        if (Orcid(orcid.Value) is { } id)
        {
            return id;
        }

        diagnostics.Warning(DiagnosticCodes.InvalidOrcid, orcid.Span,
            $"'{orcid.Value.Trim()}' is not an ORCID iD: an iD is four groups of four digits whose last may be X, 0000-0002-1825-0097, with a check digit that must match (copy it from the author's orcid.org page); the author is shown without it");
        return null;
    }

    // ISO 7064 11,2, as ORCID computes the last character from the first fifteen digits.
    private static char CheckDigit(string digits)
    {
        var total = 0;
        foreach (var digit in digits)
        {
            total = (total + (digit - '0')) * 2;
        }

        var result = (12 - (total % 11)) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }

    [GeneratedRegex(@"^(?:https?://(?:www\.)?orcid\.org/)?(?<id>\d{4}-\d{4}-\d{4}-\d{3}[\dXx])/?$")]
    private static partial Regex OrcidPattern();
}
