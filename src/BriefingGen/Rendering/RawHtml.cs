namespace BriefingGen.Rendering;

/// <summary>Markup that is already safe HTML (rendered Markdown, generated tables); templates write it without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
