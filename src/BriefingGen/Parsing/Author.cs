namespace BriefingGen.Parsing;

/// <summary>
/// An author of a page or a definition, as written: a name alone (<c>Maria Oliveira</c>), or a mapping that adds where
/// they work, their web page and their ORCID iD. <see cref="Family"/> is the part of the name a citation lists first,
/// when it is not the name's last word ("de Sousa Santos"), or the whole name of an organisation.
/// </summary>
public sealed record Author(string Name)
{
    public string? Family { get; init; }

    public string? Affiliation { get; init; }

    /// <summary>An http(s) or mailto address, checked when read.</summary>
    public string? Url { get; init; }

    /// <summary>The bare iD, <c>0000-0002-1825-0097</c>, checked when read (a malformed one is dropped with a warning).</summary>
    public string? Orcid { get; init; }

    /// <summary>The ORCID iD as its registry writes it in a link.</summary>
    public string? OrcidUrl => Orcid is null ? null : "https://orcid.org/" + Orcid;
}
