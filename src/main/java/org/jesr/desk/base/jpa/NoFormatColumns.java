package org.jesr.desk.base.jpa;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/** Stands in for Hibernate's JSON and XML column mappers: no column of this model holds either. */
final class NoFormatColumns implements FormatMapper {

    static final NoFormatColumns INSTANCE = new NoFormatColumns();

    private NoFormatColumns() {
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        throw unsupported(type);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw unsupported(type);
    }

    private static UnsupportedOperationException unsupported(JavaType<?> type) {
        return new UnsupportedOperationException("No JSON or XML columns are mapped (" + type.getTypeName()
                + "); LeanHibernateBoot leaves Hibernate's format mappers out");
    }
}
