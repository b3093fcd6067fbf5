package dev.supportflow.training;

import dev.supportflow.clientrecord.RequestedRecordController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/trainings", produces = MediaType.APPLICATION_JSON_VALUE)
class TrainingController
    extends RequestedRecordController<NewTrainingRequest, TrainingStatus, TrainingView> {

  TrainingController(TrainingService trainings) {
    super(trainings, trainings::request, TrainingView::id);
  }
}
