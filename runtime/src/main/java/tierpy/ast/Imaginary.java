package tierpy.ast;

/** An imaginary literal such as {@code 2j}: the value of a complex constant with a zero real part. */
public record Imaginary(double imag) {}
