namespace BriefingGen.Printing;

/// <summary>One PDF to print: the print page's output path, where the PDF goes, and what it is.</summary>
public sealed record PrintJob(string HtmlPath, string PdfPath, PrintKind Kind, string Origin, string Title, string Author);

/// <summary>What is printed; packs need their contents numbered, handouts must fit two sides.</summary>
public enum PrintKind
{
    Paper,
    Handout,
    Pack,
}
