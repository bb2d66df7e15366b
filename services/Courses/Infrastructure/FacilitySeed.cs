using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Infrastructure;

/// <summary>
/// The Dutch penitentiary institutions and forensic psychiatric centres HerstelWerk works in, shipped
/// with the first migration. Admins keep the list current through the API afterwards.
/// </summary>
internal static class FacilitySeed
{
    public static readonly Facility[] Facilities =
    [
        new("pi-almelo", "PI Almelo", FacilityKind.Penitentiary, "Almelo"),
        new("pi-alphen", "PI Alphen aan den Rijn", FacilityKind.Penitentiary, "Alphen aan den Rijn"),
        new("pi-arnhem", "PI Arnhem", FacilityKind.Penitentiary, "Arnhem"),
        new("pi-dordrecht", "PI Dordrecht", FacilityKind.Penitentiary, "Dordrecht"),
        new("pi-grave", "PI Grave", FacilityKind.Penitentiary, "Grave"),
        new("pi-groningen", "PI Groningen", FacilityKind.Penitentiary, "Groningen"),
        new("pi-haaglanden", "PI Haaglanden", FacilityKind.Penitentiary, "Den Haag"),
        new("pi-heerhugowaard", "PI Heerhugowaard", FacilityKind.Penitentiary, "Heerhugowaard"),
        new("pi-krimpen", "PI Krimpen aan den IJssel", FacilityKind.Penitentiary, "Krimpen aan den IJssel"),
        new("pi-leeuwarden", "PI Leeuwarden", FacilityKind.Penitentiary, "Leeuwarden"),
        new("pi-lelystad", "PI Lelystad", FacilityKind.Penitentiary, "Lelystad"),
        new("pi-middelburg", "PI Middelburg", FacilityKind.Penitentiary, "Middelburg"),
        new("pi-nieuwegein", "PI Nieuwegein", FacilityKind.Penitentiary, "Nieuwegein"),
        new("pi-roermond", "PI Roermond", FacilityKind.Penitentiary, "Roermond"),
        new("pi-rotterdam", "PI Rotterdam", FacilityKind.Penitentiary, "Rotterdam"),
        new("pi-sittard", "PI Sittard", FacilityKind.Penitentiary, "Sittard"),
        new("pi-ter-apel", "PI Ter Apel", FacilityKind.Penitentiary, "Ter Apel"),
        new("pi-veenhuizen", "PI Veenhuizen", FacilityKind.Penitentiary, "Veenhuizen"),
        new("pi-vught", "PI Vught", FacilityKind.Penitentiary, "Vught"),
        new("pi-zaanstad", "PI Zaanstad", FacilityKind.Penitentiary, "Westzaan"),
        new("pi-zwolle", "PI Zwolle", FacilityKind.Penitentiary, "Zwolle"),
        new("jc-schiphol", "Justitieel Complex Schiphol", FacilityKind.Penitentiary, "Badhoevedorp"),
        new("fpc-mesdag", "FPC Dr. S. van Mesdag", FacilityKind.ForensicCentre, "Groningen"),
        new("fpc-kijvelanden", "FPC De Kijvelanden", FacilityKind.ForensicCentre, "Poortugaal"),
        new("fpc-oostvaarderskliniek", "FPC Oostvaarderskliniek", FacilityKind.ForensicCentre, "Almere"),
        new("fpc-pompestichting", "FPC Pompestichting", FacilityKind.ForensicCentre, "Nijmegen"),
        new("fpc-rooyse-wissel", "FPC De Rooyse Wissel", FacilityKind.ForensicCentre, "Venray"),
        new("fpc-van-der-hoeven", "FPC Van der Hoeven Kliniek", FacilityKind.ForensicCentre, "Utrecht"),
        new("fpc-veldzicht", "FPC Veldzicht", FacilityKind.ForensicCentre, "Balkbrug"),
    ];
}
