namespace HerstelWerk.Courses.Model;

public enum FacilityKind
{
    /// <summary>A penitentiary institution (PI) of the prison service DJI.</summary>
    Penitentiary = 1,

    /// <summary>A forensic psychiatric centre (FPC), where TBS patients are treated.</summary>
    ForensicCentre = 2,
}
