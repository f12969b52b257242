/*
 * A WASI command program, as `tinygo build -target=wasip1` makes one: `_start` runs main once when the binding
 * loads. It prints what a command learns from its host (arguments, environment, a preopened file) and exits with
 * the status its first argument asks for, so the tests can see each of them arrive.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An export of its own, called after main: command builds keep working once `_start` returned or exited 0. */
__attribute__((export_name("Twice"))) int Twice(int x) { return 2 * x; }

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) {
        printf("argv[%d]=%s\n", i, argv[i]);
    }
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    FILE *in = fopen("/data/in.txt", "r");
    if (in) {
        char line[128];
        while (fgets(line, sizeof line, in)) {
            printf("in.txt: %s", line);
        }
        fclose(in);
    } else {
        printf("in.txt: (no preopened /data)\n");
    }
    fflush(stdout);
    /* TinyGo's os.Args[1:] is out of range without argv[0]: a command may rely on it being there */
    if (argc == 0) {
        abort();
    }
    return argc > 1 ? atoi(argv[1]) : 0;
}
