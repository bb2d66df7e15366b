using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// A unique index that states a business rule ("one open trajectory per participant"). The database
/// keeps the rule even when two requests race, and the sentence given here is the 409 a violation gets,
/// so no handler needs a check-then-insert of its own.
/// </summary>
public static class UniqueRules
{
    private const string Annotation = "HerstelWerk:UniqueRule";

    /// <summary>Makes the index unique and names the rule a violation breaks, in words for the client.</summary>
    public static IndexBuilder<TEntity> IsUniqueRule<TEntity>(this IndexBuilder<TEntity> index, string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        return index.IsUnique().HasAnnotation(Annotation, rule);
    }

    /// <summary>Names the rule a duplicate key breaks (an id people choose, such as a facility's).</summary>
    public static KeyBuilder IsUniqueRule(this KeyBuilder key, string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        return key.HasAnnotation(Annotation, rule);
    }

    /// <summary>The rule of the unique index or key named <paramref name="constraint"/> in <paramref name="model"/>, if it states one.</summary>
    public static string? RuleOf(IModel model, string? constraint)
    {
        if (constraint is null)
        {
            return null;
        }

        var entities = model.GetEntityTypes().ToList();
        IReadOnlyAnnotatable? stated = entities.SelectMany(entity => entity.GetIndexes()).FirstOrDefault(index => index.GetDatabaseName() == constraint)
            ?? (IReadOnlyAnnotatable?)entities.SelectMany(entity => entity.GetKeys()).FirstOrDefault(key => key.GetName() == constraint);
        return stated?.FindAnnotation(Annotation)?.Value as string;
    }
}
