namespace BriefingGen.Rendering.Cards;

/// <summary>What one page's social card (its <c>og:image</c>) shows: the site, the page's kind, title and date, in the site's language.</summary>
/// <param name="OutputPath">Where the PNG is written, from the output root (<c>case-studies/x/social-card.png</c>).</param>
/// <param name="Kind">The page's kind as readers call it ("Case study"), or null on the home page.</param>
/// <param name="Date">The page's date as the page shows it, or null.</param>
public sealed record SocialCard(string OutputPath, string Site, string? Kind, string Title, string? Date)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The card's file name, in the folder of the page it stands for.</summary>
    public const string FileName = "social-card.png";

    /// <summary>The image's text alternative (<c>og:image:alt</c>): what it says, in the order it says it.</summary>
    public string Alt => string.Join(" · ", new[] { Kind, Title, Date, Site }.OfType<string>());

    /// <summary>What the picture is drawn from; two cards that are equal in it are the same bytes.</summary>
    public (string Site, string? Kind, string Title, string? Date) Drawn => (Site, Kind, Title, Date);
}
