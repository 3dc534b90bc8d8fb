using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A work in the bibliography, in CSL fields.</summary>
public sealed record Reference(
    string Id,
    string Type,
    IReadOnlyList<Name> Authors,
    IReadOnlyList<Name> Editors,
    int? Year,
    string? YearSuffix,
    string Title,
    string? ContainerTitle,
    string? CollectionTitle,
    string? Publisher,
    string? PublisherPlace,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Url,
    string? Note,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>The year as cited: <c>2015a</c>, or <c>n.d.</c> without a year.</summary>
    public string CitedYear => (Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.") + YearSuffix;

    /// <summary>The edition as written: "2", "2nd" or "Revised" (CSL <c>edition</c>).</summary>
    public string? Edition { get; init; }

    /// <summary>When an online work was read (CSL <c>accessed</c>), shown after its address.</summary>
    public PartialDate? Accessed { get; init; }

    /// <summary>Who translated it (CSL <c>translator</c>), shown after the title: "Translated by L. Jansen".</summary>
    public IReadOnlyList<Name> Translators { get; init; } = [];
}

/// <summary>
/// A person or an organisation (literal), in CSL's name parts: "Vincent van Gogh" is given "Vincent", non-dropping
/// particle "van" (kept with the family name when cited), family "Gogh"; "Ludwig van Beethoven" may be written with
/// "van" as a dropping particle, which goes after the initials in a reference list.
/// </summary>
public sealed record Name(string? Family, string? Given, string? Literal)
{
    /// <summary>"van", "de", "von der": a particle that stays with the family name ("van Gogh 1888").</summary>
    public string? NonDroppingParticle { get; init; }

    /// <summary>A particle that is left out of a citation and follows the initials in a reference list.</summary>
    public string? DroppingParticle { get; init; }

    /// <summary>"Jr.", "III".</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// A page's or a definition's author as a citation lists them. "Maria Oliveira" is family "Oliveira", given "Maria";
    /// "Boaventura de Sousa Santos" is listed "Santos, B. de S.". Written "Santos, Boaventura de Sousa", the family name
    /// is what comes before the comma. The author's <c>family</c> names it when it is not the last word ("van Gogh"),
    /// and a family that is the whole name (or a name of one word) is an organisation, listed as written.
    /// </summary>
    public static Name Of(Parsing.Author author)
    {
        var name = string.Join(' ', author.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (author.Family is { } family)
        {
            if (family == name)
            {
                return new Name(null, null, name);
            }

            var given = name.EndsWith(" " + family, StringComparison.Ordinal) ? name[..^(family.Length + 1)]
                : name.StartsWith(family + " ", StringComparison.Ordinal) ? name[(family.Length + 1)..]
                : name;
            return new Name(family, given == name ? null : given.Trim(), null);
        }

        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            return new Name(name[..comma].Trim(), name[(comma + 1)..].Trim() is { Length: > 0 } after ? after : null, null);
        }

        var words = name.Split(' ');
        var suffix = words.Length > 2 && Suffixes.Contains(words[^1]) ? words[^1] : null;
        if (suffix is not null)
        {
            words = words[..^1];
        }

        return words.Length < 2
            ? new Name(null, null, name)
            : new Name(words[^1], string.Join(' ', words[..^1]), null) { Suffix = suffix };
    }

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>How the name stands in an author-year citation: the family name with its particle, or the organisation.</summary>
    public string Short => Literal ?? (Family is null ? Given : Particled(Family)) ?? "";

    /// <summary>The name in a reference list: "Bovaird, T.", "van Gogh, V.", "Santos, B. de S." or the organisation.</summary>
    public string Inverted
    {
        get
        {
            if (Literal is not null)
            {
                return Literal;
            }

            if (Family is null)
            {
                return Given ?? "";
            }

            // An author-date style keeps the non-dropping particle in front ("van Gogh, V."), as Harvard styles do.
            var inverted = Particled(Family);
            var initials = string.IsNullOrWhiteSpace(Given) ? "" : Initials(Given);
            var after = string.Join(" ", new[] { initials, DroppingParticle }.Where(p => !string.IsNullOrWhiteSpace(p)));
            if (after.Length > 0)
            {
                inverted += ", " + after;
            }

            return string.IsNullOrWhiteSpace(Suffix) ? inverted : $"{inverted}, {Suffix}";
        }
    }

    /// <summary>The name with initials first, as an author-date list names translators: "L. Jansen", "L. van Beethoven".</summary>
    public string InitialsFirst
    {
        get
        {
            if (Literal is not null || Family is null)
            {
                return Literal ?? Given ?? "";
            }

            var parts = new[] { string.IsNullOrWhiteSpace(Given) ? null : Initials(Given), DroppingParticle, Particled(Family), Suffix };
            return string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        }
    }

    private string Particled(string family) => string.IsNullOrWhiteSpace(NonDroppingParticle) ? family : $"{NonDroppingParticle} {family}";

    // "Tony" gives "T.", "Mary-Jane" "M.-J.", "J. R. R." "J.R.R."; a lower-case particle inside given names stays a
    // word, as CSL processors keep it: "Boaventura de Sousa" gives "B. de S.".
    private static string Initials(string given)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(part[0]))
            {
                text.Append(' ').Append(part).Append(' ');
            }
            else
            {
                text.Append(part.Contains('-')
                    ? string.Join("-", part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0] + "."))
                    : part[0] + ".");
            }
        }

        return text.ToString().Trim();
    }
}
