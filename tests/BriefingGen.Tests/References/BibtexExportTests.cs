using BriefingGen.Model;
using BriefingGen.Model.Language;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.References;

/// <summary>BibTeX files as Zotero, Google Scholar and a hand-kept file write them become the references CSL YAML gives.</summary>
public sealed class BibtexExportTests
{
    [Fact]
    public void Zotero_export_is_read_whole_without_a_diagnostic()
    {
        var (references, diagnostics) = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib"));

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["abers_inventing_1997", "gonzalez_presupuestos_2015", "ostrom_governing_1990", "participatory_budgeting_project_what_2023",
             "pestoff_co-production_2012", "santos_participatory_1998", "van_der_berg_citizen_2019", "world_health_organization_world_2008"],
            references.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["thesis", "article-journal", "book", "webpage", "chapter", "article-journal", "paper-conference", "report"],
            references.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Type));
    }

    [Fact]
    public void Zotero_article_keeps_its_fields_with_protecting_braces_and_escapes_removed()
    {
        var santos = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib")).References["santos_participatory_1998"];

        Assert.Equal("Participatory Budgeting in Porto Alegre: Toward a Redistributive Democracy", santos.Title);
        Assert.Equal("Politics & Society", santos.ContainerTitle);
        Assert.Equal(("26", "4", "461–510", 1998), (santos.Volume, santos.Issue, santos.Pages, santos.Year));
        Assert.Equal("10.1177/0032329298026004003", santos.Doi);
        Assert.Equal(new PartialDate(2024, 3, 1), santos.Accessed);
        Assert.Equal("Santos, B. de S. (1998) ‘Participatory Budgeting in Porto Alegre: Toward a Redistributive Democracy’, " +
                     "<em>Politics &amp; Society</em>, 26(4), pp. 461–510. " +
                     "<a href=\"https://doi.org/10.1177/0032329298026004003\">doi:10.1177/0032329298026004003</a>",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(santos));
    }

    [Fact]
    public void Zotero_accents_become_unicode_letters()
    {
        var gonzalez = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib")).References["gonzalez_presupuestos_2015"];

        Assert.Equal("Presupuestos participativos en España: éxitos y límites de una innovación democrática", gonzalez.Title);
        Assert.Equal("Revista Española de Ciencia Política", gonzalez.ContainerTitle);
        Assert.Equal(["González, J.", "Müller, J."], gonzalez.Authors.Select(n => n.Inverted));
        Assert.Equal("González and Müller", CitationFormatter.Names(gonzalez, InterfaceText.English));
    }

    [Fact]
    public void Zotero_book_chapter_and_report_read_as_a_harvard_list_prints_them()
    {
        var references = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib")).References;

        Assert.Equal("Ostrom, E. (1990) <em>Governing the Commons: The Evolution of Institutions for Collective Action</em> " +
                     "(Political Economy of Institutions and Decisions). Cambridge: Cambridge University Press.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["ostrom_governing_1990"]));
        Assert.Equal("Pestoff, V. (2012) ‘Co-production and Third Sector Social Services in Europe: Some Concepts and Evidence’, " +
                     "in Pestoff, V., Brandsen, T. and Verschuere, B. (eds.) <em>New Public Governance, the Third Sector, and Co-Production</em>, " +
                     "pp. 13–34. 2nd edn. New York: Routledge.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["pestoff_co-production_2012"]));
        Assert.Equal("World Health Organization (2008) <em>The World Health Report 2008: Primary Health Care, Now More Than Ever</em>. " +
                     "Geneva: World Health Organization.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["world_health_organization_world_2008"]));
        Assert.Equal("Abers, R.N. (1997) <em>Inventing Local Democracy: Neighborhood Organizing and Participatory Policy-Making in Porto Alegre, Brazil</em>. " +
                     "Los Angeles: University of California.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["abers_inventing_1997"]));
    }

    [Fact]
    public void Zotero_web_page_shows_its_address_and_access_date_after_a_title_ending_in_a_question_mark()
    {
        var page = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib")).References["participatory_budgeting_project_what_2023"];

        Assert.Equal("Participatory Budgeting Project (2023) <em>What is PB?</em> Available at: " +
                     "<a href=\"https://www.participatorybudgeting.org/what-is-pb/\">https://www.participatorybudgeting.org/what-is-pb/</a> " +
                     "(Accessed: 3 March 2024)",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(page));
    }

    [Fact]
    public void Zotero_particle_stays_with_the_family_name()
    {
        var berg = BibtexSupport.Read(BibtexSupport.DataFile("zotero.bib")).References["van_der_berg_citizen_2019"];

        Assert.Equal("van der Berg and Smith", CitationFormatter.Names(berg, InterfaceText.English));
        Assert.StartsWith("van der Berg, A. and Smith, J. (2019) ‘Citizen Panels and the Dutch Water Boards’, in " +
                          "<em>Proceedings of the 4th European Conference on Democratic Innovation</em>, pp. 112–119. Amsterdam: ECPR Press.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(berg));
    }

    [Fact]
    public void Google_Scholar_export_is_read_whole_and_its_journal_publisher_is_not_printed()
    {
        var (references, diagnostics) = BibtexSupport.Read(BibtexSupport.DataFile("scholar.bib"));

        Assert.Empty(diagnostics);
        Assert.Equal(6, references.Count);
        Assert.Equal("Santos, B. de S. (1998) ‘Participatory budgeting in Porto Alegre: toward a redistributive democracy’, " +
                     "<em>Politics &amp; society</em>, 26(4), pp. 461–510.",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["santos1998participatory"]));
        Assert.Equal("Fung and Wright", CitationFormatter.Names(references["fung2001deepening"], InterfaceText.English));
        Assert.Equal("paper-conference", references["fung2001deepening"].Type);
        Assert.Equal("University of California, Los Angeles", references["abers1997inventing"].Publisher);
        Assert.Equal("Wampler, B. (2007) ‘A comparison of participatory budgeting in Brazil and the United States’, " +
                     "<em>Journal of Public Deliberation</em>, 3(1).",
            BriefingGen.Tests.Model.CitationFormatterTests.EntryHtml(references["wampler2007comparison"]));
    }

    [Fact]
    public void Hand_kept_file_with_strings_comments_and_quoted_values_is_read()
    {
        var (references, diagnostics) = BibtexSupport.Read(BibtexSupport.DataFile("handwritten.bib"));

        Assert.Empty(diagnostics);
        Assert.Equal(["santos1998", "wampler2007"], references.Keys.Order(StringComparer.Ordinal));
        var santos = references["santos1998"];
        Assert.Equal("Participatory Budgeting in Porto Alegre: Toward a “Redistributive” Democracy", santos.Title);
        Assert.Equal("Politics & Society", santos.ContainerTitle);
        Assert.Equal(("26", "4", 1998), (santos.Volume, santos.Issue, santos.Year));
        Assert.Equal("de Sousa Santos", CitationFormatter.Names(santos, InterfaceText.English));
        Assert.Equal("de Sousa Santos, B.", santos.Authors[0].Inverted);
        Assert.Equal("Journal of Public Deliberation", references["wampler2007"].ContainerTitle);
    }
}
