namespace HerstelWerk.Volunteers.Model;

/// <summary>What a volunteer's logged hours were spent on, as the subsidy statement groups them.</summary>
public enum ActivityKind
{
    Visit,
    Session,
    AftercareContact,
}
