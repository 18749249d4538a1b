package io.github.vetmobility.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A finding's field, such as {@code receiving.country} or {@code mobilities[2].endDate}, turned
 * into the nodes of a constraint violation below the validated element.
 */
final class PropertyPath {
  // Findings name few distinct fields: parse each once.
  private static final Map<String, PropertyPath> PARSED = new ConcurrentHashMap<>();
  private static final int NO_INDEX = -1;

  private final String[] names;
  private final int[] indexes;

  private PropertyPath(String[] names, int[] indexes) {
    this.names = names;
    this.indexes = indexes;
  }

  static PropertyPath of(String field) {
    PropertyPath p = PARSED.get(field);
    if (p == null) {
      p = parse(field);
      if (PARSED.size() < 1024) {
        PARSED.put(field, p);
      }
    }
    return p;
  }

  private static PropertyPath parse(String field) {
    List<String> names = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    if (!field.isEmpty()) {
      for (String segment : field.split("\\.", -1)) {
        int open = segment.indexOf('[');
        if (open > 0 && segment.endsWith("]")) {
          names.add(segment.substring(0, open));
          indexes.add(Integer.parseInt(segment.substring(open + 1, segment.length() - 1)));
        } else {
          names.add(segment);
          indexes.add(NO_INDEX);
        }
      }
    }
    return new PropertyPath(
        names.toArray(String[]::new), indexes.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Adds a violation with this template on this path. */
  void addViolation(ConstraintValidatorContext context, String template) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
    if (names.length == 0) {
      builder.addConstraintViolation();
      return;
    }
    // A node is "in an iterable at index i" when the node before it carries the index.
    NodeBuilderCustomizableContext node = builder.addPropertyNode(names[0]);
    NodeBuilderDefinedContext defined = null;
    for (int i = 1; i < names.length; i++) {
      NodeBuilderCustomizableContext next =
          defined != null ? defined.addPropertyNode(names[i]) : node.addPropertyNode(names[i]);
      defined = indexes[i - 1] == NO_INDEX ? null : next.inIterable().atIndex(indexes[i - 1]);
      node = next;
    }
    int last = indexes[names.length - 1];
    if (last != NO_INDEX) {
      (defined != null ? defined.addBeanNode() : node.addBeanNode())
          .inIterable()
          .atIndex(last)
          .addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      sb.append(i == 0 ? "" : ".").append(names[i]);
      if (indexes[i] != NO_INDEX) {
        sb.append('[').append(indexes[i]).append(']');
      }
    }
    return sb.toString();
  }
}
