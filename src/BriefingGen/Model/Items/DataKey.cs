namespace BriefingGen.Model.Items;

/// <summary>One data item named by its kind and id: what a page embeds, what a reader dropped.</summary>
public readonly record struct DataKey(DataKind Kind, string Id)
{
    /// <summary>The key as the cross-reference indexes hold it, "grid change-grid": the embed an editor writes.</summary>
    public override string ToString() => Kind.Word + " " + Id;
}
