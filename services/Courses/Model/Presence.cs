namespace HerstelWerk.Courses.Model;

public enum Presence
{
    Present = 1,
    Absent = 2,
    Excused = 3,
}
