using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering.Cards;

/// <summary>
/// Which pages get a social card and what each says. Cards are for the pages people share: the home page, case studies,
/// briefings, perspectives and packs; and only when the site has a <c>base_url</c>, since <c>og:image</c> must be an
/// absolute address (without one no card is made and no tag written, as papers print no address without one).
/// </summary>
public static class SocialCards
{
    public static bool Enabled(Site site) => site.Config.SocialCards && site.Config.BaseUrl is not null;

    public static bool HasCard(Site site, Page page) =>
        Enabled(site) && page.Kind is PageKind.Home or PageKind.CaseStudy or PageKind.Briefing or PageKind.Perspective or PageKind.Pack;

    /// <summary>The card's site path (<c>case-studies/x/social-card.png</c>, <c>social-card.png</c> for the home page).</summary>
    public static string PathOf(Page page) => page.Url + SocialCard.FileName;

    /// <summary>Every card of the site, in page order.</summary>
    public static List<SocialCard> Of(Site site, InterfaceText text) =>
        site.Pages.Where(p => HasCard(site, p)).Select(p => Of(site, p, text)).ToList();

    public static SocialCard Of(Site site, Page page, InterfaceText text)
    {
        var config = site.Config;
        if (page.Kind == PageKind.Home)
        {
            return new SocialCard(PathOf(page), config.Organisation.Length > 0 ? config.Organisation : config.Title, null, config.Title, null);
        }

        var kind = page.Kind == PageKind.Pack ? text.Text("kind_pack") : PageModel.KindLabel(page.Kind, text);
        return new SocialCard(PathOf(page), config.Title, kind, page.Title, DateOf(site, page, text));
    }

    private static string? DateOf(Site site, Page page, InterfaceText text)
    {
        if (page.Kind != PageKind.Pack)
        {
            return page.WrittenDate is { } written ? text.DateAsWritten(written) : null;
        }

        // A pack's date is its own, else its newest page's, as on its cover.
        var pack = site.Packs.FirstOrDefault(p => p.Id == page.ItemId);
        var date = pack?.Date ?? pack?.PageUrls.Select(site.Find).Select(p => p?.Date).Max();
        return date is { } day ? text.LongDate(day) : null;
    }
}
