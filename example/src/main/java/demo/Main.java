package demo;

/** Runs the README example: the first command of the README. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (ReturnStringWasm guest = ReturnStringWasm.load()) {
            System.out.println(guest.returnString());
            System.out.println(guest.greet("Java"));
            System.out.println(guest.greet("wörld 🌍"));
            System.out.println("2 + 40 = " + guest.add(2, 40));
        }
    }
}
