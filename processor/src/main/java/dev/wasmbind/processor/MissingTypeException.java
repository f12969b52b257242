package dev.wasmbind.processor;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Thrown where validation meets a type that does not exist (yet): another processor may generate it in a later
 * round, so the interface being processed waits for that round instead of being validated against an error type.
 * What was reported about the interface until then is discarded ({@link Reporter#rollBack()}), so one walk does
 * both the check and the deferral.
 */
final class MissingTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param missing the missing type as javac shows it, for debugging */
    MissingTypeException(String missing) {
        super(missing, null, false, false);
    }

    /** Throws when the type, or an array's element type, does not exist. */
    static void checkExists(TypeMirror type) {
        TypeMirror t = type;
        while (t.getKind() == TypeKind.ARRAY) {
            t = ((ArrayType) t).getComponentType();
        }
        if (t.getKind() == TypeKind.ERROR) {
            throw new MissingTypeException(type.toString());
        }
    }
}
