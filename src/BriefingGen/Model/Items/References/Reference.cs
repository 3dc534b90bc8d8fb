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
}

/// <summary>A person (family and given names) or an organisation (literal).</summary>
public sealed record Name(string? Family, string? Given, string? Literal)
{
    /// <summary>How the name stands in an author-year citation: the family name, or the organisation.</summary>
    public string Short => Literal ?? Family ?? Given ?? "";

    /// <summary>The name in a reference list: "Bovaird, T." or the organisation.</summary>
    public string Inverted
    {
        get
        {
            if (Literal is not null)
            {
                return Literal;
            }

            if (string.IsNullOrWhiteSpace(Given))
            {
                return Family ?? "";
            }

            var initials = string.Concat(Given.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Contains('-')
                    ? string.Join("-", part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0] + ".")) 
                    : part[0] + "."));
            return Family is null ? Given : $"{Family}, {initials}";
        }
    }
}
