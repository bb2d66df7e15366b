namespace HerstelWerk.Courses.Model;

public enum CourseFormat
{
    /// <summary>Several participants together, led by volunteers.</summary>
    Group = 1,

    /// <summary>One participant with one volunteer.</summary>
    Individual = 2,
}
