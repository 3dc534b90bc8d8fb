namespace BriefingGen.Model;

/// <summary>A briefing pack: a title, an introduction, and the URLs of its pages in order.</summary>
public sealed record Pack(string Id, string Title, string? Introduction, IReadOnlyList<string> PageUrls)
{
    /// <summary>The date the pack gives itself (for a meeting, say), shown on its cover.</summary>
    public DateOnly? Date { get; init; }

    public string Url => $"{PrintPages.PacksUrl}{Id}/";

    /// <summary>The pack's entry on the packs page, <c>packs/#pack-id</c>.</summary>
    public string Anchor => "pack-" + Id;

    public string PdfPath => $"{Url}{Id}.pdf";
}
